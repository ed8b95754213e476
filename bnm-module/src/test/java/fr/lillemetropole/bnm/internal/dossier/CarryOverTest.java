package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;

/** Armentières starts its 2023 dossier from the one it filed in 2022. */
class CarryOverTest {

    private final ObjectNode filed = Fixtures.armentieres();
    private final ObjectNode started = CarryOver.carryOver(filed, "ami-bnm-2023");

    @Test
    void theNewDossierIsOfTheNewCampaignWithTheFiguresOfTheYearBefore() {
        assertEquals("ami-bnm-2023", started.get("campaign").asText());
        assertEquals(2022, started.at("/libraries/0/dataYear").asInt(), "rule R10: Y - 1");
        assertEquals("ami-bnm-2022", filed.get("campaign").asText(), "the filed dossier is not changed");
        assertEquals(2021, filed.at("/libraries/0/dataYear").asInt());
    }

    @Test
    void theFiguresOfTheDataYearAreToDeclareAgain() {
        JsonNode library = started.at("/libraries/0");
        for (String group : List.of("team", "audience", "budget", "collections")) {
            library.get(group).fields().forEachRemaining(field ->
                    assertTrue(field.getValue().isNull(), group + "/" + field.getKey()));
            assertEquals(filed.at("/libraries/0/" + group).size(), library.get(group).size(), group + ": same fields");
        }
        for (String count : List.of("publicComputers", "staffComputers", "eReaders", "tablets", "digitalAdvisorCount")) {
            assertTrue(library.at("/equipment/" + count).isNull(), count);
        }
        assertTrue(library.get("openingHoursPerWeek").isNull());
        assertTrue(library.at("/ils/annualCost").isNull());
        assertTrue(library.at("/portal/annualCost").isNull());
        assertTrue(library.at("/portal/loggedInUsers").isNull());
    }

    @Test
    void whatDescribesTheCommuneAndItsProjectStays() {
        JsonNode library = started.at("/libraries/0");
        for (String kept : List.of("/applicant", "/electedOfficial", "/projectLead", "/motivation", "/commitments",
                "/objectives", "/engagement", "/libraries/0/presentation", "/libraries/0/fees",
                "/libraries/0/onlineResources", "/libraries/0/socialNetworks", "/libraries/0/digitalMediation",
                "/libraries/0/melLinks")) {
            assertEquals(filed.at(kept), started.at(kept), kept);
        }
        assertEquals(true, library.at("/equipment/publicWifi").asBoolean(), "equipment that is there stays");
        assertEquals(true, library.at("/equipment/digitalAdvisors").asBoolean());
        assertEquals("ORPHEE NX", library.at("/portal/product").asText());
        assertEquals(2020, library.at("/ils/sinceYear").asInt());
        assertEquals("signature", started.at("/validation/mode").asText());
        assertEquals("Jean-Michel MONPAYS", started.at("/signature/signatoryName").asText());
    }

    @Test
    void theDossierIsValidatedAndSignedAgain() {
        assertTrue(started.at("/signature/date").isNull());
        assertTrue(started.at("/signature/place").isNull());
        ObjectNode network = Fixtures.armentieres();
        ((ObjectNode) network.get("validation")).put("mode", "deliberation").put("date", "2022-09-20").put("number", "D-12");
        ((ArrayNode) network.at("/signature/networkSignatories")).addObject().put("commune", "Comines")
                .put("signatoryName", "M. X").put("date", "2022-09-30");
        ObjectNode copy = CarryOver.carryOver(network, "ami-bnm-2023");
        assertTrue(copy.at("/validation/date").isNull());
        assertTrue(copy.at("/validation/number").isNull());
        assertEquals("deliberation", copy.at("/validation/mode").asText());
        assertTrue(copy.at("/signature/networkSignatories/0/date").isNull());
        assertEquals("M. X", copy.at("/signature/networkSignatories/0/signatoryName").asText());
    }

    @Test
    void theCopyIsADraftTheSchemaAcceptsAndTheRulesAskToComplete() {
        assertEquals(List.of(), new SchemaValidator(DossierSchema.get()).validate(started), "a valid draft");
        List<String> missing = fr.lillemetropole.bnm.internal.dossier.rules.DossierRules.check(started).stream()
                .map(FieldError::pointer).toList();
        assertTrue(missing.contains("/libraries/0/team/fte"), missing.toString());
        assertTrue(missing.contains("/signature/date"), missing.toString());
        assertTrue(missing.stream().noneMatch(p -> p.endsWith("/dataYear")), "R10 holds: " + missing);
    }

    @Test
    void aCampaignWithoutAYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CarryOver.carryOver(filed, "ami-bnm"));
    }
}
