package fr.lillemetropole.bnm.internal.dossier.rules;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** R4, R5 and R10-R26: VOLET 1, each library (its figures: {@link FigureRules}). */
final class LibraryRules {

    private static final List<String> MEL_QUESTIONS = List.of("libraryNights", "libre2lire", "professionalEvents",
            "usesAsuivrePortal", "hasOpenAgenda", "agendaFeedsPortal", "culturalFacilitiesFund",
            "digitalInnovationCall", "culturalPartnerships");
    private static final String YES = "« Oui »";
    private static final String NO = "« Non »";

    private LibraryRules() {}

    static void check(Check c) {
        JsonNode libraries = c.doc.path("libraries");
        if (libraries.size() == 0) {
            c.fail("R10", "/libraries", Check.field("/libraries") + " : présentez au moins une bibliothèque.");
            return;
        }
        if ("network".equals(c.doc.path("applicant").path("kind").asText())) {
            r4(c, libraries);
        }
        r5(c, libraries);
        for (int i = 0; i < libraries.size(); i++) {
            library(c, libraries.get(i), "/libraries/" + i);
        }
    }

    static void r4(Check c, JsonNode libraries) {
        if (libraries.size() < 2) {
            c.fail("R4", "/libraries", "Un réseau présente chacune de ses bibliothèques : au moins deux dans "
                    + Check.field("/libraries") + ".");
        }
        for (int i = 0; i < libraries.size(); i++) {
            JsonNode presentation = libraries.get(i).path("presentation");
            String pointer = "/libraries/" + i + "/presentation";
            String membership = presentation.path("networkMembership").asText("");
            if (!"communal".equals(membership) && !"intercommunal".equals(membership)) {
                String m = pointer + "/networkMembership";
                c.fail("R4", m, Check.field(m) + " : chaque bibliothèque d'un réseau en fait partie, répondez "
                        + Check.choice(m, "communal") + " ou " + Check.choice(m, "intercommunal") + ".");
            }
            JsonNode count = presentation.path("networkLibraryCount");
            if (Check.isNumber(count) && count.asDouble() != libraries.size()) {
                String p = pointer + "/networkLibraryCount";
                c.fail("R4", p, Check.field(p) + " (" + Check.figure(count) + ") diffère du nombre de bibliothèques "
                        + "présentées (" + libraries.size() + ").");
            }
        }
    }

    static void r5(Check c, JsonNode libraries) {
        for (JsonNode library : libraries) {
            JsonNode fte = library.path("team").path("fte");
            if ("direct".equals(library.path("presentation").path("management").asText())
                    && Check.isNumber(fte) && fte.asDouble() > 0) {
                return;
            }
        }
        c.fail("R5", "/libraries", "Au moins une bibliothèque doit être en "
                + Check.choice("/libraries/0/presentation/management", "direct") + " avec "
                + Check.field("/libraries/0/team/fte") + " supérieur à 0.");
    }

    private static void library(Check c, JsonNode library, String pointer) {
        if (c.year > 0 && (!library.path("dataYear").isNumber() || library.path("dataYear").asInt() != c.year - 1)) {
            c.fail("R10", pointer + "/dataYear", Check.field(pointer + "/dataYear")
                    + " : les données présentées sont celles de " + (c.year - 1) + ".");
        }
        JsonNode presentation = library.path("presentation");
        String p = pointer + "/presentation";
        for (String field : new String[] {"name", "manager", "address", "phone", "email"}) {
            c.requireText("R11", presentation, field, p);
        }
        for (String field : new String[] {"networkMembership", "management", "totalAreaM2"}) {
            c.requireAnswer("R11", presentation, field, p);
        }
        r12(c, presentation, p);
        r13(c, presentation, p);
        r14(c, presentation, p);
        FigureRules.check(c, library, pointer);
        r21(c, library.path("equipment"), pointer + "/equipment");
        r22(c, library.path("fees"), pointer + "/fees");
        r23(c, library.path("ils"), pointer + "/ils", false);
        r23(c, library.path("portal"), pointer + "/portal", true);
        r24(c, library, pointer);
        r25(c, library.path("socialNetworks"), pointer + "/socialNetworks");
        r26(c, library.path("melLinks"), pointer + "/melLinks");
    }

    private static void r12(Check c, JsonNode presentation, String p) {
        JsonNode url = presentation.path("portalUrl");
        if (Check.answered(url)) {
            boolean ok;
            try {
                URI uri = new URI(url.asText());
                ok = uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
            } catch (java.net.URISyntaxException e) {
                ok = false;
            }
            if (!ok) {
                c.fail("R12", p + "/portalUrl", Check.field(p + "/portalUrl")
                        + " doit commencer par http:// ou https://.");
            }
        }
    }

    private static void r13(Check c, JsonNode presentation, String p) {
        String membership = presentation.path("networkMembership").asText(null);
        if (membership == null) {
            return;
        }
        JsonNode count = presentation.path("networkLibraryCount");
        String m = p + "/networkMembership";
        if (!"none".equals(membership)) {
            c.requireText("R13", presentation, "networkName", p);
            if (!(Check.isNumber(count) && count.asDouble() >= 2 || Check.isNc(count))) {
                c.fail("R13", p + "/networkLibraryCount", Check.field(p + "/networkLibraryCount")
                        + " : au moins 2 (ou « NC »).");
            }
            if ("intercommunal".equals(membership) && presentation.path("associatedCommunes").size() == 0) {
                c.fail("R13", p + "/associatedCommunes", Check.field(p + "/associatedCommunes")
                        + " : indiquez les communes du réseau " + Check.choice(m, "intercommunal") + ".");
            }
        } else {
            String none = "Quand " + Check.field(m) + " est " + Check.choice(m, "none") + ", ";
            if (Check.answered(presentation.path("networkName")) || Check.answered(count)) {
                String target = p + (Check.answered(count) ? "/networkLibraryCount" : "/networkName");
                c.fail("R13", target, none + Check.field(target) + " reste vide.");
            }
            if (presentation.path("associatedCommunes").size() > 0) {
                c.fail("R13", p + "/associatedCommunes", none + Check.field(p + "/associatedCommunes")
                        + " reste vide.");
            }
        }
    }

    private static void r14(Check c, JsonNode presentation, String p) {
        String management = presentation.path("management").asText(null);
        if ("other".equals(management)) {
            c.requireText("R14", presentation, "managementOther", p);
        } else if ("direct".equals(management) && Check.answered(presentation.path("managementOther"))) {
            c.fail("R14", p + "/managementOther", "Quand " + Check.field(p + "/management") + " est "
                    + Check.choice(p + "/management", "direct") + ", " + Check.field(p + "/managementOther")
                    + " reste vide.");
        }
    }

    private static void r21(Check c, JsonNode equipment, String p) {
        for (String field : new String[] {"publicWifi", "digitalAdvisors", "rfid", "automatedReturnBox"}) {
            c.requireAnswer("R21", equipment, field, p);
        }
        lendable(c, equipment, "eReaders", "eReadersLendable", p);
        lendable(c, equipment, "tablets", "tabletsLendable", p);
        JsonNode advisors = equipment.path("digitalAdvisors");
        JsonNode count = equipment.path("digitalAdvisorCount");
        String counted = p + "/digitalAdvisorCount";
        if (advisors.isBoolean() && advisors.asBoolean() && !(Check.isNc(count) || Check.isNumber(count)
                && count.asDouble() >= 1)) {
            c.fail("R21", counted, "Quand " + Check.field(p + "/digitalAdvisors") + " est " + YES + ", "
                    + Check.field(counted) + " vaut au moins 1 (ou « NC »).");
        }
        if (advisors.isBoolean() && !advisors.asBoolean() && Check.answered(count)
                && !(Check.isNumber(count) && count.asDouble() == 0)) {
            c.fail("R21", counted, "Quand " + Check.field(p + "/digitalAdvisors") + " est " + NO + ", "
                    + Check.field(counted) + " reste vide ou à 0.");
        }
    }

    private static void lendable(Check c, JsonNode equipment, String count, String lendable, String p) {
        JsonNode n = equipment.path(count);
        JsonNode l = equipment.path(lendable);
        String question = Check.field(p + "/" + lendable);
        if (Check.isNumber(n) && n.asDouble() > 0 && !Check.answered(l)) {
            c.fail("R21", p + "/" + lendable, question + " : répondez " + YES + " ou " + NO + ", puisque "
                    + Check.field(p + "/" + count) + " est supérieur à 0.");
        }
        if (Check.isNumber(n) && n.asDouble() == 0 && l.isBoolean() && l.asBoolean()) {
            c.fail("R21", p + "/" + lendable, "Quand " + Check.field(p + "/" + count) + " est 0, " + question
                    + " ne peut pas être " + YES + ".");
        }
    }

    private static void r22(Check c, JsonNode fees, String p) {
        if (c.requireAnswer("R22", fees, "universalFree", p)) {
            return;
        }
        boolean free = fees.path("universalFree").asBoolean();
        for (String field : new String[] {"adultsResident", "childrenResident", "adultsNonResident",
                "childrenNonResident"}) {
            JsonNode fee = fees.path(field);
            if (free && Check.answered(fee) && !(Check.isNumber(fee) && fee.asDouble() == 0)) {
                c.fail("R22", p + "/" + field, "Quand " + Check.field(p + "/universalFree") + " est " + YES + ", "
                        + Check.field(p + "/" + field) + " reste vide ou à 0.");
            } else if (!free && !Check.answered(fee)) {
                c.fail("R22", p + "/" + field, Check.field(p + "/" + field)
                        + " : indiquez le tarif (un montant, ou « NC »).");
            }
        }
    }

    private static void r23(Check c, JsonNode system, String p, boolean portal) {
        if (c.requireText("R23", system, "product", p, " (« aucun » s'il n'y en a pas)")) {
            return;
        }
        if ("aucun".equalsIgnoreCase(system.path("product").asText().strip())) {
            return;
        }
        c.requireText("R23", system, "vendor", p);
        JsonNode since = system.path("sinceYear");
        if (!Check.answered(since)) {
            c.missing("R23", p + "/sinceYear", "");
        } else if (c.year > 0 && since.asInt() > c.year) {
            c.fail("R23", p + "/sinceYear", Check.field(p + "/sinceYear") + " ne peut pas dépasser " + c.year + ".");
        }
        c.requireAnswer("R23", system, "hosting", p);
        c.requireAnswer("R23", system, "annualCost", p);
        if (portal) {
            c.requireAnswer("R23", system, "loggedInUsers", p);
        }
    }

    private static void r24(Check c, JsonNode library, String pointer) {
        JsonNode online = library.path("onlineResources");
        String p = pointer + "/onlineResources";
        if (c.requireAnswer("R24", online, "offered", p)) {
            return;
        }
        if (online.path("offered").asBoolean()) {
            c.requireText("R24", online, "subscriptions", p);
        }
        JsonNode spending = library.path("budget").path("digitalSubscriptions");
        if (Check.isNumber(spending) && spending.asDouble() > 0 && !online.path("offered").asBoolean()) {
            c.fail("R24", p + "/offered", "Quand " + Check.field(pointer + "/budget/digitalSubscriptions")
                    + " est supérieur à 0, " + Check.field(p + "/offered") + " est " + YES + ".");
        }
    }

    private static void r25(Check c, JsonNode social, String p) {
        for (String network : new String[] {"facebook", "instagram", "tiktok"}) {
            JsonNode account = social.path(network);
            if (Check.answered(account) && Check.blank(account)) {
                c.fail("R25", p + "/" + network, Check.field(p + "/" + network)
                        + " : indiquez le compte, ou laissez vide s'il n'y en a pas.");
            }
        }
        JsonNode other = social.path("other");
        for (int i = 0; i < other.size(); i++) {
            c.requireText("R25", other.get(i), "name", p + "/other/" + i);
            c.requireText("R25", other.get(i), "account", p + "/other/" + i);
        }
    }

    private static void r26(Check c, JsonNode links, String p) {
        for (String question : MEL_QUESTIONS) {
            c.requireAnswer("R26", links, question, p);
        }
        JsonNode uses = links.path("usesAsuivrePortal");
        boolean hasUse = links.path("asuivreMostUsed").size() > 0 || !Check.blank(links.path("asuivreOther"));
        String mostUsed = p + "/asuivreMostUsed";
        if (uses.isBoolean() && !uses.asBoolean() && (links.path("asuivreMostUsed").size() > 0
                || Check.answered(links.path("asuivreOther")))) {
            c.fail("R26", mostUsed, "Quand " + Check.field(p + "/usesAsuivrePortal") + " est " + NO + ", "
                    + Check.field(mostUsed) + " reste vide.");
        }
        if (uses.isBoolean() && uses.asBoolean() && !hasUse) {
            c.fail("R26", mostUsed, Check.field(mostUsed) + " : cochez au moins une réponse, ou précisez "
                    + Check.field(p + "/asuivreOther") + ".");
        }
    }
}
