package fr.lillemetropole.bnm.internal.dossier.rules;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** R1-R9: the dossier, the applicant, its contacts and the validation mode. */
final class ApplicantRules {

    private ApplicantRules() {}

    static void check(Check c) {
        r1(c);
        boolean kindKnown = r2(c);
        if (kindKnown && "network".equals(c.doc.path("applicant").path("kind").asText())) {
            r3(c);
        }
        r6(c);
        r7(c);
        r8(c);
        r9(c);
    }

    static void r1(Check c) {
        if (!c.doc.path("schemaVersion").isNumber() || c.doc.path("schemaVersion").asInt() != 1
                || c.doc.path("schemaVersion").asDouble() != 1) {
            c.fail("R1", "/schemaVersion", Check.field("/schemaVersion") + " doit valoir 1.");
        }
        if (c.year < 0) {
            c.fail("R1", "/campaign", Check.field("/campaign")
                    + " doit se terminer par son année (ex. ami-bnm-2022).");
        }
    }

    /** Answers whether the applicant's kind is answered. */
    static boolean r2(Check c) {
        JsonNode applicant = c.doc.path("applicant");
        if (c.requireAnswer("R2", applicant, "kind", "/applicant")) {
            return false;
        }
        if ("commune".equals(applicant.path("kind").asText())) {
            c.requireText("R2", applicant, "communeName", "/applicant");
            if (Check.answered(applicant.path("network"))) {
                c.fail("R2", "/applicant/network", "Pour une " + Check.choice("/applicant/kind", "commune") + ", "
                        + Check.field("/applicant/network") + " reste vide.");
            }
        }
        return true;
    }

    static void r3(Check c) {
        JsonNode applicant = c.doc.path("applicant");
        JsonNode network = applicant.path("network");
        if (!network.isObject()) {
            c.fail("R3", "/applicant/network", Check.field("/applicant/network") + " est à renseigner : son nom, ses "
                    + "communes et son coordinateur.");
            return;
        }
        c.requireText("R3", network, "name", "/applicant/network");
        Set<String> members = new LinkedHashSet<>();
        for (JsonNode member : network.path("memberCommunes")) {
            if (Check.commune(member) != null) {
                members.add(Check.commune(member));
            }
        }
        if (members.size() < 2) {
            c.fail("R3", "/applicant/network/memberCommunes", Check.field("/applicant/network/memberCommunes")
                    + " : indiquez au moins deux communes distinctes.");
        }
        if (!network.path("salariedCoordinator").asBoolean(false) || !network.path("salariedCoordinator").isBoolean()) {
            c.fail("R3", "/applicant/network/salariedCoordinator", Check.field("/applicant/network/salariedCoordinator")
                    + " : seul un réseau doté d'un coordinateur salarié dépose un dossier unique pour le réseau.");
        }
        String head = Check.commune(network.path("headCommune"));
        if (head != null && !members.contains(head)) {
            c.fail("R3", "/applicant/network/headCommune", Check.field("/applicant/network/headCommune")
                    + " doit être l'une des " + Check.field("/applicant/network/memberCommunes") + ".");
        }
        if (!Objects.equals(head, Check.commune(applicant.path("communeName")))) {
            String name = Check.field("/applicant/communeName");
            String headField = Check.field("/applicant/network/headCommune");
            c.fail("R3", "/applicant/communeName", head == null ? "Sans " + headField + ", " + name + " reste vide."
                    : name + " doit être celui de la " + headField + ".");
        }
    }

    static void r6(Check c) {
        JsonNode elected = c.doc.path("electedOfficial");
        c.requireText("R6", elected, "lastName", "/electedOfficial");
        c.requireText("R6", elected, "firstName", "/electedOfficial");
        c.requireText("R6", elected, "delegation", "/electedOfficial");
        c.requireText("R6", elected, "email", "/electedOfficial");
    }

    static void r7(Check c) {
        JsonNode lead = c.doc.path("projectLead");
        c.requireText("R7", lead, "lastName", "/projectLead");
        c.requireText("R7", lead, "firstName", "/projectLead");
        c.requireText("R7", lead, "position", "/projectLead");
        c.requireText("R7", lead, "department", "/projectLead");
        c.requireText("R7", lead, "email", "/projectLead");
        c.requireText("R7", lead, "phone", "/projectLead");
    }

    static void r8(Check c) {
        single(c, c.doc.path("electedOfficial").path("email"), "/electedOfficial/email");
        single(c, c.doc.path("projectLead").path("email"), "/projectLead/email");
        JsonNode libraries = c.doc.path("libraries");
        for (int i = 0; i < libraries.size(); i++) {
            JsonNode email = libraries.get(i).path("presentation").path("email");
            if (Check.blank(email) || !email.isTextual()) {
                continue;
            }
            String pointer = "/libraries/" + i + "/presentation/email";
            for (String address : Check.emailList(email.asText())) {
                if (address.isBlank()) {
                    c.fail("R8", pointer, Check.field(pointer) + " : une adresse manque entre deux séparateurs "
                            + "(séparez plusieurs adresses par / ; ou ,).");
                } else if (!Check.isEmail(address.strip())) {
                    c.fail("R8", pointer, Check.field(pointer) + " : l'adresse « " + address.strip()
                            + " » n'est pas valide (séparez plusieurs adresses par / ; ou ,).");
                }
            }
        }
    }

    private static void single(Check c, JsonNode email, String pointer) {
        if (!Check.blank(email) && email.isTextual() && !Check.isEmail(email.asText())) {
            c.fail("R8", pointer, Check.field(pointer) + " : l'adresse « " + email.asText() + " » n'est pas valide.");
        }
    }

    static void r9(Check c) {
        JsonNode validation = c.doc.path("validation");
        if (c.requireAnswer("R9", validation, "mode", "/validation")) {
            return;
        }
        if ("deliberation".equals(validation.path("mode").asText())) {
            c.requireDate("R9", validation, "date", "/validation");
            c.requireText("R9", validation, "number", "/validation");
        }
    }
}
