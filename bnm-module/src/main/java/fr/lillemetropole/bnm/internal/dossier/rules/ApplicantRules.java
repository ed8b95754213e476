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
            c.fail("R1", "/schemaVersion", "La version du format de dossier doit être 1.");
        }
        if (c.year < 0) {
            c.fail("R1", "/campaign", "L'identifiant de campagne doit se terminer par son année (ex. ami-bnm-2022).");
        }
    }

    /** Answers whether the applicant's kind is answered. */
    static boolean r2(Check c) {
        JsonNode applicant = c.doc.path("applicant");
        if (c.requireAnswer("R2", applicant, "kind", "/applicant", "Type de candidat (commune ou réseau)")) {
            return false;
        }
        if ("commune".equals(applicant.path("kind").asText())) {
            c.requireText("R2", applicant, "communeName", "/applicant", "Nom de la commune");
            if (Check.answered(applicant.path("network"))) {
                c.fail("R2", "/applicant/network", "Une commune seule ne décrit pas de réseau : videz la partie réseau.");
            }
        }
        return true;
    }

    static void r3(Check c) {
        JsonNode applicant = c.doc.path("applicant");
        JsonNode network = applicant.path("network");
        if (!network.isObject()) {
            c.fail("R3", "/applicant/network", "Pour un réseau, décrivez le réseau (nom, communes membres, coordinateur).");
            return;
        }
        c.requireText("R3", network, "name", "/applicant/network", "Nom du réseau");
        Set<String> members = new LinkedHashSet<>();
        for (JsonNode member : network.path("memberCommunes")) {
            if (Check.commune(member) != null) {
                members.add(Check.commune(member));
            }
        }
        if (members.size() < 2) {
            c.fail("R3", "/applicant/network/memberCommunes", "Un réseau compte au moins deux communes membres distinctes.");
        }
        if (!network.path("salariedCoordinator").asBoolean(false) || !network.path("salariedCoordinator").isBoolean()) {
            c.fail("R3", "/applicant/network/salariedCoordinator", "Seul un réseau doté d'un coordinateur salarié "
                    + "dépose un dossier unique pour le réseau.");
        }
        String head = Check.commune(network.path("headCommune"));
        if (head != null && !members.contains(head)) {
            c.fail("R3", "/applicant/network/headCommune", "La tête de réseau doit être l'une des communes membres.");
        }
        if (!Objects.equals(head, Check.commune(applicant.path("communeName")))) {
            c.fail("R3", "/applicant/communeName", head == null
                    ? "Sans tête de réseau, le nom de commune du candidat reste vide."
                    : "Le nom de la commune candidate doit être celui de la tête de réseau.");
        }
    }

    static void r6(Check c) {
        JsonNode elected = c.doc.path("electedOfficial");
        c.requireText("R6", elected, "lastName", "/electedOfficial", "Nom de l'élu référent");
        c.requireText("R6", elected, "firstName", "/electedOfficial", "Prénom de l'élu référent");
        c.requireText("R6", elected, "delegation", "/electedOfficial", "Délégation de l'élu référent");
        c.requireText("R6", elected, "email", "/electedOfficial", "E-mail de l'élu référent");
    }

    static void r7(Check c) {
        JsonNode lead = c.doc.path("projectLead");
        c.requireText("R7", lead, "lastName", "/projectLead", "Nom de l'agent référent");
        c.requireText("R7", lead, "firstName", "/projectLead", "Prénom de l'agent référent");
        c.requireText("R7", lead, "position", "/projectLead", "Poste de l'agent référent");
        c.requireText("R7", lead, "department", "/projectLead", "Direction et service de l'agent référent");
        c.requireText("R7", lead, "email", "/projectLead", "E-mail de l'agent référent");
        c.requireText("R7", lead, "phone", "/projectLead", "Téléphone de l'agent référent");
    }

    static void r8(Check c) {
        single(c, c.doc.path("electedOfficial").path("email"), "/electedOfficial/email");
        single(c, c.doc.path("projectLead").path("email"), "/projectLead/email");
        JsonNode libraries = c.doc.path("libraries");
        for (int i = 0; i < libraries.size(); i++) {
            JsonNode email = libraries.get(i).path("presentation").path("email");
            if (Check.blank(email)) {
                continue;
            }
            for (String address : Check.emailList(email.asText())) {
                if (!Check.isEmail(address.strip())) {
                    c.fail("R8", "/libraries/" + i + "/presentation/email", "L'adresse e-mail « " + address.strip()
                            + " » de la bibliothèque n'est pas valide (séparez plusieurs adresses par / ; ou ,).");
                }
            }
        }
    }

    private static void single(Check c, JsonNode email, String pointer) {
        if (!Check.blank(email) && !Check.isEmail(email.asText())) {
            c.fail("R8", pointer, "L'adresse e-mail « " + email.asText() + " » n'est pas valide.");
        }
    }

    static void r9(Check c) {
        JsonNode validation = c.doc.path("validation");
        if (c.requireAnswer("R9", validation, "mode", "/validation", "Mode de validation (signature ou délibération)")) {
            return;
        }
        if ("deliberation".equals(validation.path("mode").asText())) {
            if (!Check.isDate(validation.path("date"))) {
                c.fail("R9", "/validation/date", "Indiquez la date de la délibération (AAAA-MM-JJ).");
            }
            c.requireText("R9", validation, "number", "/validation", "Numéro de la délibération");
        }
    }
}
