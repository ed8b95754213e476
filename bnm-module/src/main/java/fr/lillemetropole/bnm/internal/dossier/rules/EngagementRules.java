package fr.lillemetropole.bnm.internal.dossier.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** R27-R35: VOLET 2, PARTIE 2 and the signature. */
final class EngagementRules {

    static final int MAX_MOTIVATION = 6000;
    private static final String[] COMMITMENTS = {"ils", "onlineResourcesLink", "onlineResourcesSso", "federatedSearch",
        "ebookPolicy", "mediationDesign", "mediationProgramme"};

    private EngagementRules() {}

    static void check(Check c) {
        r27(c);
        r28(c);
        objectives(c);
        r33(c);
        signature(c);
    }

    static void r27(Check c) {
        JsonNode motivation = c.doc.path("motivation");
        if (Check.blank(motivation)) {
            c.fail("R27", "/motivation", "Exposez les motifs de la candidature (volet 2).");
        } else if (motivation.asText().codePointCount(0, motivation.asText().length()) > MAX_MOTIVATION) {
            c.fail("R27", "/motivation", "Le volet 2 dépasse " + MAX_MOTIVATION + " caractères.");
        }
    }

    static void r28(Check c) {
        JsonNode commitments = c.doc.path("commitments");
        for (String choice : COMMITMENTS) {
            c.requireAnswer("R28", commitments, choice, "/commitments", "Engagement : " + choice);
        }
        JsonNode keep = commitments.path("keepCompatibleIls");
        if (Check.answered(keep.path("software")) && Check.is(commitments.path("ils"), "yes")) {
            c.fail("R28", "/commitments/keepCompatibleIls/software", "La commune ne peut pas à la fois conserver son "
                    + "logiciel et intégrer le logiciel métropolitain.");
        }
        if (!Check.blank(keep.path("connectorsRequested")) && !Check.answered(keep.path("software"))) {
            c.fail("R28", "/commitments/keepCompatibleIls/software", "Indiquez le logiciel conservé pour lequel des "
                    + "connecteurs sont demandés.");
        }
    }

    static void objectives(Check c) {
        JsonNode objectives = c.doc.path("objectives");
        boolean three = objectives.size() == 3;
        if (!three) {
            c.fail("R29", "/objectives", "Cochez exactement trois objectifs.");
        }
        Set<String> seen = new HashSet<>();
        List<Integer> importances = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            JsonNode entry = objectives.get(i);
            String pointer = "/objectives/" + i;
            JsonNode objective = entry.path("objective");
            if (!Check.answered(objective)) {
                c.fail("R30", pointer + "/objective", "Choisissez l'objectif.");
            } else if (!seen.add(objective.asText())) {
                c.fail("R30", pointer + "/objective", "Cet objectif est déjà choisi : les trois objectifs sont distincts.");
            }
            if ("other".equals(objective.asText(null))) {
                c.requireText("R32", entry, "otherText", pointer, "Autre, précisez");
            } else if (Check.answered(objective) && Check.answered(entry.path("otherText"))) {
                c.fail("R32", pointer + "/otherText", "« Autre, précisez » ne s'emploie qu'avec l'objectif « Autre ».");
            }
            importances.add(entry.path("importance").isNumber() ? entry.path("importance").asInt() : null);
        }
        if (three && !new HashSet<>(importances).equals(Set.of(1, 2, 3)) || three && importances.contains(null)) {
            for (int i = 0; i < importances.size(); i++) {
                Integer importance = importances.get(i);
                if (importance == null || importances.indexOf(importance) != i || importance < 1 || importance > 3) {
                    c.fail("R31", "/objectives/" + i + "/importance", "Les importances sont une fois +++, une fois ++ "
                            + "et une fois +.");
                }
            }
        }
    }

    static void r33(Check c) {
        JsonNode engagement = c.doc.path("engagement");
        if (!engagement.path("training").isBoolean() || !engagement.path("training").asBoolean()) {
            c.fail("R33", "/engagement/training", "La formation des agents est un engagement obligatoire.");
        }
        if (engagement.path("workingGroups").size() == 0) {
            c.fail("R33", "/engagement/workingGroups", "Choisissez au moins un groupe de travail.");
        }
    }

    static void signature(Check c) {
        JsonNode signature = c.doc.path("signature");
        c.requireText("R34", signature, "place", "/signature", "Fait à");
        if (!Check.isDate(signature.path("date"))) {
            c.fail("R34", "/signature/date", "Indiquez la date de signature (AAAA-MM-JJ).");
        }
        JsonNode applicant = c.doc.path("applicant");
        boolean network = "network".equals(applicant.path("kind").asText());
        boolean head = network && Check.commune(applicant.path("network").path("headCommune")) != null;
        JsonNode signatories = signature.path("networkSignatories");
        if (!network || head) {
            c.requireText("R34", signature, "signatoryName", "/signature", "Nom du représentant légal");
            c.requireText("R34", signature, "signatoryRole", "/signature", "Qualité du représentant légal");
            if (signatories.size() > 0) {
                c.fail("R35", "/signature/networkSignatories", "Seul un réseau sans tête de réseau fait signer "
                        + "chacune de ses communes.");
            }
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        applicant.path("network").path("memberCommunes").forEach(m -> {
            if (Check.commune(m) != null) {
                members.add(Check.commune(m));
            }
        });
        Set<String> signed = new LinkedHashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            JsonNode entry = signatories.get(i);
            String pointer = "/signature/networkSignatories/" + i;
            String commune = Check.commune(entry.path("commune"));
            if (commune == null || !members.contains(commune) || !signed.add(commune)) {
                c.fail("R35", pointer + "/commune", "Chaque commune membre signe une fois, et seulement elles.");
            }
            c.requireText("R35", entry, "signatoryName", pointer, "Nom du signataire");
            if (!Check.isDate(entry.path("date"))) {
                c.fail("R35", pointer + "/date", "Indiquez la date de signature (AAAA-MM-JJ).");
            }
        }
        if (!signed.containsAll(members)) {
            c.fail("R35", "/signature/networkSignatories", "Sans tête de réseau, chaque commune membre signe.");
        }
    }
}
