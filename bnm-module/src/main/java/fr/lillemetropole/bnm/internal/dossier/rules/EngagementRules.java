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
    /** R28: each choice of PARTIE 2, in the form's order. */
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
            c.missing("R27", "/motivation", " : exposez les motifs de la candidature");
        } else if (motivation.asText().codePointCount(0, motivation.asText().length()) > MAX_MOTIVATION) {
            c.fail("R27", "/motivation", Check.field("/motivation") + " dépasse " + MAX_MOTIVATION + " caractères.");
        }
    }

    static void r28(Check c) {
        JsonNode commitments = c.doc.path("commitments");
        for (String choice : COMMITMENTS) {
            c.requireAnswer("R28", commitments, choice, "/commitments");
        }
        JsonNode keep = commitments.path("keepCompatibleIls");
        String software = "/commitments/keepCompatibleIls/software";
        if (Check.answered(keep.path("software")) && Check.is(commitments.path("ils"), "yes")) {
            c.fail("R28", software, "Quand " + Check.field("/commitments/ils") + " est "
                    + Check.choice("/commitments/ils", "yes") + ", " + Check.field(software) + " reste vide : la "
                    + "commune ne peut pas à la fois conserver son logiciel et intégrer le logiciel métropolitain.");
        }
        if (!Check.blank(keep.path("connectorsRequested")) && !Check.answered(keep.path("software"))) {
            c.fail("R28", software, Check.field(software) + " est à renseigner, puisque des "
                    + Check.field("/commitments/keepCompatibleIls/connectorsRequested") + " sont indiqués.");
        }
    }

    static void objectives(Check c) {
        JsonNode objectives = c.doc.path("objectives");
        boolean three = objectives.size() == 3;
        if (!three) {
            c.fail("R29", "/objectives", Check.field("/objectives") + " : cochez exactement trois objectifs.");
        }
        Set<String> seen = new HashSet<>();
        List<Integer> importances = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            JsonNode entry = objectives.get(i);
            String pointer = "/objectives/" + i;
            JsonNode objective = entry.path("objective");
            if (!Check.answered(objective)) {
                c.missing("R30", pointer + "/objective", "");
            } else if (!seen.add(objective.asText())) {
                c.fail("R30", pointer + "/objective", Check.field(pointer + "/objective")
                        + " : cet objectif est déjà choisi, les trois objectifs sont distincts.");
            }
            if ("other".equals(objective.asText(null))) {
                c.requireText("R32", entry, "otherText", pointer);
            } else if (Check.answered(objective) && Check.answered(entry.path("otherText"))) {
                c.fail("R32", pointer + "/otherText", Check.field(pointer + "/otherText") + " reste vide quand "
                        + Check.field(pointer + "/objective") + " n'est pas "
                        + Check.choice(pointer + "/objective", "other") + ".");
            }
            importances.add(entry.path("importance").isNumber() ? entry.path("importance").asInt() : null);
        }
        if (three && !new HashSet<>(importances).equals(Set.of(1, 2, 3)) || three && importances.contains(null)) {
            for (int i = 0; i < importances.size(); i++) {
                Integer importance = importances.get(i);
                if (importance == null || importances.indexOf(importance) != i || importance < 1 || importance > 3) {
                    String p = "/objectives/" + i + "/importance";
                    c.fail("R31", p, Check.field(p) + " : les trois objectifs ont chacun le leur, une fois "
                            + Check.choice(p, "3") + ", une fois " + Check.choice(p, "2") + " et une fois "
                            + Check.choice(p, "1") + ".");
                }
            }
        }
    }

    static void r33(Check c) {
        JsonNode engagement = c.doc.path("engagement");
        if (!engagement.path("training").isBoolean() || !engagement.path("training").asBoolean()) {
            c.fail("R33", "/engagement/training", Check.field("/engagement/training") + " est un engagement "
                    + "obligatoire : répondez « Oui ».");
        }
        if (engagement.path("workingGroups").size() == 0) {
            c.fail("R33", "/engagement/workingGroups", Check.field("/engagement/workingGroups")
                    + " : choisissez au moins un groupe.");
        }
    }

    static void signature(Check c) {
        JsonNode signature = c.doc.path("signature");
        c.requireText("R34", signature, "place", "/signature");
        c.requireDate("R34", signature, "date", "/signature");
        JsonNode applicant = c.doc.path("applicant");
        boolean network = "network".equals(applicant.path("kind").asText());
        boolean head = network && Check.commune(applicant.path("network").path("headCommune")) != null;
        JsonNode signatories = signature.path("networkSignatories");
        if (!network || head) {
            c.requireText("R34", signature, "signatoryName", "/signature");
            c.requireText("R34", signature, "signatoryRole", "/signature");
            if (signatories.size() > 0) {
                c.fail("R35", "/signature/networkSignatories", Check.field("/signature/networkSignatories")
                        + " reste vide : seul un réseau sans tête de réseau fait signer chacune de ses communes.");
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
                c.fail("R35", pointer + "/commune", Check.field(pointer + "/commune") + " : chacune des "
                        + Check.field("/applicant/network/memberCommunes") + " signe une fois, et seulement elles.");
            }
            c.requireText("R35", entry, "signatoryName", pointer);
            c.requireDate("R35", entry, "date", pointer);
        }
        Set<String> unsigned = new LinkedHashSet<>(members);
        unsigned.removeAll(signed);
        if (!unsigned.isEmpty()) {
            c.fail("R35", "/signature/networkSignatories", Check.field("/signature/networkSignatories")
                    + " : sans tête de réseau, chaque commune du réseau signe ; il manque "
                    + String.join(", ", unsigned) + ".");
        }
    }
}
