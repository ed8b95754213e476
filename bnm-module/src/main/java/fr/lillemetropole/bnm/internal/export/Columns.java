package fr.lillemetropole.bnm.internal.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.dossier.schema.SchemaTree;

/**
 * The columns of the libraries export, walked from the schema in the form's order: first the dossier's
 * own fields (the commune or network, its élu and agent référents, its commitments...), then a library's
 * (VOLET 1). A field's header is its title; when several columns carry the same title, each is prefixed
 * with its section's (« Portail — Coût annuel… » beside « Système… (SIGB) — Coût annuel… »).
 */
public final class Columns {

    /** Dossier fields that are not the commune's answers (the format, the campaign) or have their own rows. */
    private static final Set<String> SKIPPED = Set.of("schemaVersion", "campaign", "libraries");
    private static final String SEPARATOR = " — ";
    private static final List<Column> ALL = build();

    private Columns() {}

    /** Every column, the dossier's then the library's. */
    public static List<Column> all() {
        return ALL;
    }

    /** The columns of a library's fields only (VOLET 1), pointers relative to the library. */
    public static List<Column> library() {
        return ALL.stream().filter(Column::library).toList();
    }

    private static List<Column> build() {
        SchemaTree tree = SchemaTree.dossier();
        List<Draft> drafts = new ArrayList<>();
        JsonNode root = tree.resolve(tree.root());
        root.get("properties").fieldNames().forEachRemaining(name -> {
            if (!SKIPPED.contains(name)) {
                walk(tree, tree.property(root, name), "/" + name, false, null, drafts);
            }
        });
        JsonNode library = tree.items(tree.property(root, "libraries"));
        library.get("properties").fieldNames().forEachRemaining(name ->
                walk(tree, tree.property(library, name), "/" + name, true, null, drafts));
        Map<String, Integer> counts = new HashMap<>();
        drafts.forEach(d -> counts.merge(d.title, 1, Integer::sum));
        List<Column> columns = new ArrayList<>();
        for (Draft d : drafts) {
            String header = counts.get(d.title) > 1 && d.section != null && !d.section.equals(d.title)
                    ? d.section + SEPARATOR + d.title : d.title;
            columns.add(new Column(d.pointer, d.library, header, Column.kindOf(d.schema), d.schema));
        }
        return List.copyOf(columns);
    }

    private record Draft(String pointer, boolean library, String title, String section, JsonNode schema) {
    }

    /** A leaf (scalar or list) becomes a column; a group of fields is walked, its title the section's. */
    private static void walk(SchemaTree tree, JsonNode schema, String pointer, boolean library, String section,
            List<Draft> drafts) {
        String title = schema.has("title") ? schema.get("title").asText() : null;
        if (SchemaTree.allows(schema, "object") && schema.has("properties")) {
            String inner = title != null ? title : section;
            schema.get("properties").fieldNames().forEachRemaining(name ->
                    walk(tree, tree.property(schema, name), pointer + "/" + name, library, inner, drafts));
            return;
        }
        drafts.add(new Draft(pointer, library, title != null ? title : section, section, schema));
    }
}
