package fr.lillemetropole.bnm.internal.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public part of a filed dossier's libraries: what the directory shows of each one. It reads only the
 * library's name, address, phone, portal, network, opening hours and equipment, and the dossier's commitments:
 * the manager's name, the library's e-mail, the elected official and the project lead are never read.
 */
final class LibraryExtract {

    /** The tenant the dossier belongs to, as its area describes it. */
    record Tenant(String slug, String name, String kind, List<String> memberCommunes, String headCommune) {}

    private LibraryExtract() {}

    static List<PublicLibrary> of(JsonNode document, Tenant tenant, String campaign) {
        List<String> commitments = commitments(document.path("commitments"));
        JsonNode applicant = document.path("applicant");
        String networkName = text(applicant.path("network").path("name"));
        List<PublicLibrary> libraries = new ArrayList<>();
        for (JsonNode library : document.path("libraries")) {
            JsonNode presentation = library.path("presentation");
            String name = text(presentation.path("name"));
            if (name == null) {
                continue;
            }
            String address = text(presentation.path("address"));
            String network = networkName != null ? networkName
                    : "none".equals(text(presentation.path("networkMembership"))) ? null
                    : text(presentation.path("networkName"));
            libraries.add(new PublicLibrary(null, name, commune(tenant, applicant, address), tenant.slug(), campaign,
                    network, address, text(presentation.path("phone")), text(presentation.path("portalUrl")),
                    number(library.path("openingHoursPerWeek")), services(library.path("equipment")), commitments,
                    null));
        }
        return libraries;
    }

    /**
     * A commune's libraries are in the commune; a network's, in the member commune its address names (else the
     * head commune).
     */
    private static String commune(Tenant tenant, JsonNode applicant, String address) {
        if (!"network".equals(tenant.kind())) {
            String commune = text(applicant.path("communeName"));
            return commune != null ? commune : tenant.name();
        }
        if (address != null) {
            String folded = " " + fold(address) + " ";
            String best = null;
            for (String member : tenant.memberCommunes()) {
                if (folded.contains(" " + fold(member) + " ") && (best == null || member.length() > best.length())) {
                    best = member;
                }
            }
            if (best != null) {
                return best;
            }
        }
        String head = tenant.headCommune() != null ? tenant.headCommune()
                : text(applicant.path("network").path("headCommune"));
        return head != null ? head : tenant.name();
    }

    private static List<String> services(JsonNode equipment) {
        List<String> services = new ArrayList<>();
        add(services, "wifi", equipment.path("publicWifi").asBoolean(false));
        add(services, "ereaders", equipment.path("eReaders").isNumber() && equipment.path("eReaders").asDouble() > 0);
        add(services, "tablets", equipment.path("tablets").isNumber() && equipment.path("tablets").asDouble() > 0);
        add(services, "digital_advisors", equipment.path("digitalAdvisors").asBoolean(false));
        add(services, "rfid", equipment.path("rfid").asBoolean(false));
        add(services, "return_box", equipment.path("automatedReturnBox").asBoolean(false));
        return services;
    }

    /** The dossier's commitments answered « OUI » (a commitment only envisaged is not one yet). */
    private static List<String> commitments(JsonNode commitments) {
        List<String> chosen = new ArrayList<>();
        add(chosen, "ils", yes(commitments, "ils"));
        add(chosen, "online_resources", yes(commitments, "onlineResourcesLink") || yes(commitments, "onlineResourcesSso")
                || yes(commitments, "federatedSearch"));
        add(chosen, "mediation", yes(commitments, "mediationDesign") || yes(commitments, "mediationProgramme"));
        add(chosen, "ebooks", yes(commitments, "ebookPolicy"));
        return chosen;
    }

    private static boolean yes(JsonNode section, String field) {
        return "yes".equals(section.path(field).asText(null));
    }

    private static void add(List<String> codes, String code, boolean present) {
        if (present) {
            codes.add(code);
        }
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** Lower case, no accent, hyphens and apostrophes as spaces: « Wervicq-Sud » matches « wervicq sud ». */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A clean URL name: {@code Médiathèque L'Odyssée, Lomme} → {@code mediatheque-l-odyssee-lomme}. */
    static String slug(String text) {
        String slug = fold(text).replace(' ', '-');
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "bibliotheque" : slug;
    }
}
