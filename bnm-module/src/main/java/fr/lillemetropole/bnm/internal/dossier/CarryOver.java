package fr.lillemetropole.bnm.internal.dossier;

import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.campaign.CampaignIds;

/**
 * « Repartir du dossier de l'an dernier »: a new campaign's dossier made from the last one a tenant filed.
 * What describes the commune and its project stays (applicant, contacts, libraries' presentation, fees,
 * software, networks, mediation, links with the MEL, motivation, commitments, objectives, working groups);
 * what belongs to the year goes:
 * <ul>
 * <li>every library's {@code dataYear} becomes Y − 1 of the new campaign (rule R10), and the figures of
 * that year are emptied to be declared again (R15–R24): team, audience, budget, collections, the counts
 * of equipment, opening hours, and the yearly cost and logged-in users of the software;</li>
 * <li>the validation's deliberation (date and number) and the signature's date and place, with the dates
 * of a network's signatories: the new dossier is validated and signed again.</li>
 * </ul>
 */
public final class CarryOver {

    /** Groups of a library emptied as a whole: every figure in them is of the data year. */
    private static final List<String> YEARLY_GROUPS = List.of("team", "audience", "budget", "collections");
    private static final List<String> EQUIPMENT_COUNTS = List.of("publicComputers", "staffComputers", "eReaders",
            "tablets", "digitalAdvisorCount");
    private static final List<String> SOFTWARE = List.of("ils", "portal");
    private static final List<String> SOFTWARE_YEARLY = List.of("annualCost", "loggedInUsers");

    private CarryOver() {}

    /**
     * A copy of {@code lastFiled} for {@code newCampaign} (whose id ends with its year); {@code lastFiled} is
     * not changed.
     *
     * @throws IllegalArgumentException when {@code newCampaign} does not end with a year
     */
    public static ObjectNode carryOver(ObjectNode lastFiled, String newCampaign) {
        OptionalInt year = CampaignIds.year(newCampaign);
        if (year.isEmpty()) {
            throw new IllegalArgumentException("Not a campaign id: " + newCampaign);
        }
        ObjectNode copy = lastFiled.deepCopy();
        copy.put("campaign", newCampaign);
        for (JsonNode library : copy.path("libraries")) {
            if (library instanceof ObjectNode lib) {
                lib.put("dataYear", year.getAsInt() - 1);
                YEARLY_GROUPS.forEach(group -> empty(lib.get(group), null));
                empty(lib.get("equipment"), EQUIPMENT_COUNTS);
                lib.putNull("openingHoursPerWeek");
                SOFTWARE.forEach(software -> empty(lib.get(software), SOFTWARE_YEARLY));
            }
        }
        if (copy.get("validation") instanceof ObjectNode validation) {
            validation.putNull("date");
            validation.putNull("number");
        }
        if (copy.get("signature") instanceof ObjectNode signature) {
            signature.putNull("date");
            signature.putNull("place");
            for (JsonNode signatory : signature.path("networkSignatories")) {
                if (signatory instanceof ObjectNode entry) {
                    entry.putNull("date");
                }
            }
        }
        return copy;
    }

    /** Sets to null the {@code fields} of {@code group} that it has (all of them for null). */
    private static void empty(JsonNode group, List<String> fields) {
        if (group instanceof ObjectNode object) {
            List<String> names = fields != null ? fields : allFields(object);
            for (String name : names) {
                if (object.has(name)) {
                    object.putNull(name);
                }
            }
        }
    }

    private static List<String> allFields(ObjectNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
