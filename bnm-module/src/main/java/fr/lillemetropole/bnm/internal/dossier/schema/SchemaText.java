package fr.lillemetropole.bnm.internal.dossier.schema;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The French words of the schema, by JSON pointer: each field's title, the label of each choice
 * (x-labels). The form shows them; messages name fields and choices with them, so that no label
 * is typed twice and no code reaches a sentence.
 */
public final class SchemaText {

    /** A title this short ("Nom", "Le", "Fait à") says little alone: a message adds its group's. */
    static final int SHORT_TITLE = 13;
    private static final SchemaText DOSSIER = new SchemaText(SchemaTree.dossier());

    private final SchemaTree tree;
    /** Titles that several fields carry ("Nom", "E-mail", "Coût annuel…"). */
    private final Set<String> sharedTitles;

    SchemaText(SchemaTree tree) {
        this.tree = tree;
        Map<String, Integer> counts = new HashMap<>();
        count(tree.resolve(tree.root()), counts);
        this.sharedTitles = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The dossier schema's words. */
    public static SchemaText dossier() {
        return DOSSIER;
    }

    /**
     * The title of the field at a JSON pointer of a dossier; a list's entry without a title of its
     * own takes the list's.
     *
     * @throws IllegalArgumentException when the schema has no such field, or no title above it
     */
    public String title(String pointer) {
        for (String p = pointer;; p = parent(p)) {
            String own = ownTitle(p);
            if (own != null) {
                return own;
            }
            if (p.isEmpty()) {
                throw new IllegalArgumentException("no title for " + pointer);
            }
        }
    }

    /**
     * How a message names the field at a pointer: its title in « », followed by the title of the
     * group it belongs to when the title alone is short or carried by other fields too, e.g.
     * « Nom » (Élu référent du dossier); not when the group's title begins with it (« Objectif »
     * in « Objectif coché »).
     */
    public String name(String pointer) {
        String title = title(pointer);
        String named = quote(title);
        if (title.length() > SHORT_TITLE && !sharedTitles.contains(title)) {
            return named;
        }
        for (String p = parent(pointer); !p.isEmpty(); p = parent(p)) {
            String group = ownTitle(p);
            if (group != null && !group.equals(title)) {
                return group.toLowerCase(Locale.FRENCH).startsWith(title.toLowerCase(Locale.FRENCH)) ? named
                        : named + " (" + withoutTrailingNote(group) + ")";
            }
        }
        return named;
    }

    /**
     * The French label of choice {@code value} of the field at a pointer (of its entries, for a
     * multi-select list).
     *
     * @throws IllegalArgumentException when the schema gives that choice no label
     */
    public String label(String pointer, String value) {
        JsonNode field = tree.at(pointer);
        String label = field == null ? null : label(field, value);
        if (label == null) {
            throw new IllegalArgumentException("no label for a choice of " + pointer);
        }
        return label;
    }

    /** The label of a choice of a field schema (or of its entries'), null when it has none. */
    public String label(JsonNode fieldSchema, String value) {
        JsonNode s = tree.resolve(fieldSchema);
        JsonNode labels = s.path("x-labels");
        if (!labels.has(value) && tree.items(s) != null) {
            labels = tree.items(s).path("x-labels");
        }
        return labels.has(value) ? labels.get(value).asText() : null;
    }

    /** A title or label between « », the « » it holds turned into “ ” (as French nests quotes). */
    public static String quote(String text) {
        String nested = text.replace("« ", "“").replace(" »", "”").replace('«', '“').replace('»', '”');
        return "« " + nested + " »";
    }

    private String ownTitle(String pointer) {
        JsonNode s = tree.at(pointer);
        if (s == null) {
            throw new IllegalArgumentException("the schema has no field " + pointer);
        }
        return s.has("title") ? s.get("title").asText() : null;
    }

    private static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }

    /** "Système informatique de gestion des bibliothèques (SIGB)" without its "(SIGB)". */
    private static String withoutTrailingNote(String title) {
        int open = title.lastIndexOf(" (");
        return open > 0 && title.endsWith(")") ? title.substring(0, open) : title;
    }

    private void count(JsonNode s, Map<String, Integer> counts) {
        JsonNode properties = s.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(property -> {
                JsonNode child = tree.resolve(property.getValue());
                if (child.has("title")) {
                    counts.merge(child.get("title").asText(), 1, Integer::sum);
                }
                count(child, counts);
            });
        }
        JsonNode items = tree.items(s);
        if (items != null) {
            count(items, counts);
        }
    }
}
