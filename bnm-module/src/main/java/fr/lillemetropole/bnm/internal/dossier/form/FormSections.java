package fr.lillemetropole.bnm.internal.dossier.form;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The pages of the dossier form, in the order of the paper form, each with the parts it edits. */
public final class FormSections {

    /** One page: its id (also the completeness section), its title, the JSON pointers it edits. */
    public record Section(String id, String title, List<String> parts) {
        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }
    }

    private FormSections() {}

    /** The pages for this document: one per library of VOLET 1. */
    public static List<Section> of(JsonNode document) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("presentation", "Présentation de la commune candidate",
                List.of("/applicant", "/electedOfficial", "/projectLead", "/validation")));
        int libraries = document.path("libraries").size();
        for (int i = 0; i < libraries; i++) {
            String name = document.path("libraries").get(i).path("presentation").path("name").asText("");
            sections.add(new Section("library-" + i, "Volet 1 — Bibliothèque " + (i + 1)
                    + (name.isBlank() ? "" : " : " + name), List.of("/libraries/" + i)));
        }
        sections.add(new Section("motivation", "Volet 2 — Intégration de la BNM au projet communal",
                List.of("/motivation")));
        sections.add(new Section("commitments", "Partie 2 — Engagements de la commune", List.of("/commitments")));
        sections.add(new Section("objectives", "Objectifs et niveau d'importance", List.of("/objectives")));
        sections.add(new Section("engagement", "Formation et groupes de travail", List.of("/engagement")));
        sections.add(new Section("signature", "Signature", List.of("/signature")));
        return sections;
    }

    public static Section find(JsonNode document, String id) {
        return of(document).stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The page that shows the field at a JSON pointer. */
    public static String sectionOf(String pointer) {
        if (pointer.startsWith("/libraries/")) {
            return "library-" + pointer.split("/")[2];
        }
        for (String[] mapping : new String[][] {{"/applicant", "presentation"}, {"/electedOfficial", "presentation"},
                {"/projectLead", "presentation"}, {"/validation", "presentation"}, {"/motivation", "motivation"},
                {"/commitments", "commitments"}, {"/objectives", "objectives"}, {"/engagement", "engagement"},
                {"/signature", "signature"}}) {
            if (pointer.equals(mapping[0]) || pointer.startsWith(mapping[0] + "/")) {
                return mapping[1];
            }
        }
        return "presentation";
    }
}
