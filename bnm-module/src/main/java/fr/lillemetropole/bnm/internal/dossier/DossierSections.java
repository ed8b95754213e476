package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sections of the dossier in the order of the paper form: the one list behind the form's pages,
 * the summary's "what is missing", completeness by section and the PDF. Titles are keys of the i18n
 * dictionary ({@code bnm.section.<id>}).
 */
public final class DossierSections {

    /** The part of the dossier whose errors a section reports, with the document's top-level fields it holds. */
    public enum Group {
        DOSSIER("dossier", "schemaVersion", "campaign", ""),
        PRESENTATION("presentation", "applicant", "electedOfficial", "projectLead", "validation"),
        LIBRARIES("libraries", "libraries"),
        MOTIVATION("motivation", "motivation"),
        COMMITMENTS("commitments", "commitments"),
        OBJECTIVES("objectives", "objectives"),
        ENGAGEMENT("engagement", "engagement"),
        SIGNATURE("signature", "signature");

        private final String id;
        private final List<String> fields;

        Group(String id, String... fields) {
            this.id = id;
            this.fields = List.of(fields);
        }

        public String id() {
            return id;
        }

        public List<String> fields() {
            return fields;
        }

        /** The group of the field at a JSON pointer ("" and unknown fields: the dossier as a whole). */
        public static Group of(String pointer) {
            String top = pointer.length() > 1 ? pointer.substring(1).split("/")[0] : "";
            for (Group group : values()) {
                if (group != DOSSIER && group.fields.contains(top)) {
                    return group;
                }
            }
            return DOSSIER;
        }
    }

    /**
     * One page of the form: its id ("presentation", "library-0", …), its i18n title key, the
     * library it shows (-1 for others) and the JSON pointers it edits.
     */
    public record Section(String id, String titleKey, int library, String libraryName, List<String> parts) {

        public String getId() {
            return id;
        }

        /** The title in the dictionary's language: « Volet 1 — Bibliothèque 2 : Médiathèque … ». */
        public String title(ResourceBundle bundle) {
            if (library < 0) {
                return text(bundle, titleKey);
            }
            String base = text(bundle, titleKey).replace("{0}", Integer.toString(library + 1));
            return libraryName == null || libraryName.isBlank() ? base : base + " : " + libraryName;
        }

        private static String text(ResourceBundle bundle, String key) {
            return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        }
    }

    private DossierSections() {}

    /** The pages for this document, in the form's order: one VOLET 1 page per library. */
    public static List<Section> of(JsonNode document) {
        List<Section> sections = new ArrayList<>();
        for (Group group : Group.values()) {
            if (group == Group.DOSSIER) {
                continue;
            }
            if (group == Group.LIBRARIES) {
                JsonNode libraries = document.path("libraries");
                for (int i = 0; i < libraries.size(); i++) {
                    sections.add(new Section("library-" + i, "bnm.section.library", i,
                            libraries.get(i).path("presentation").path("name").asText(""), List.of("/libraries/" + i)));
                }
            } else {
                sections.add(new Section(group.id(), "bnm.section." + group.id(), -1, null,
                        group.fields().stream().map(field -> "/" + field).toList()));
            }
        }
        return sections;
    }

    public static Section find(JsonNode document, String id) {
        return of(document).stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The page that shows the field at a JSON pointer: a library's page for its fields, "libraries"
     * for rules about the list as a whole (shown with the list on the summary), else its group.
     */
    public static String pageOf(String pointer) {
        if (pointer.startsWith("/libraries/")) {
            return "library-" + pointer.split("/")[2];
        }
        Group group = Group.of(pointer);
        return group == Group.DOSSIER ? Group.PRESENTATION.id() : group.id();
    }
}
