package fr.lillemetropole.bnm.internal.dossier;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaTree;

/**
 * The AMI dossier's JSON Schema (a copy of shared/contracts/ami-dossier.schema.json, kept equal by
 * a test), the one source of truth for validation, the normal form, the JCR mapping, the form's
 * labels and the rules' messages. The tree and its words live in {@code dossier.schema}, which
 * the rules read too.
 */
public final class DossierSchema {

    public static final String RESOURCE = SchemaTree.RESOURCE;
    private static final DossierSchema INSTANCE = new DossierSchema(SchemaTree.dossier(), SchemaText.dossier());

    private final SchemaTree tree;
    private final SchemaText text;

    private DossierSchema(SchemaTree tree, SchemaText text) {
        this.tree = tree;
        this.text = text;
    }

    public static DossierSchema get() {
        return INSTANCE;
    }

    public JsonNode root() {
        return tree.root();
    }

    /** The node with every "$ref" followed (a "$ref" beside other keywords: those are merged on top). */
    public JsonNode resolve(JsonNode node) {
        return tree.resolve(node);
    }

    /** The schema of a property of an object schema, resolved; null when there is none. */
    public JsonNode property(JsonNode objectSchema, String name) {
        return tree.property(objectSchema, name);
    }

    /** The schema of the value at a JSON pointer of a dossier, resolved; null when there is none. */
    public JsonNode at(String pointer) {
        return tree.at(pointer);
    }

    /** The French title of the field at a JSON pointer (a list's entry without title: the list's). */
    public String title(String pointer) {
        return text.title(pointer);
    }

    /** The French label of choice {@code value} of the field at a JSON pointer. */
    public String label(String pointer, String value) {
        return text.label(pointer, value);
    }

    /** True when the schema admits the JSON type ("object", "array", "string", "number", "integer", ...). */
    public static boolean allows(JsonNode schema, String type) {
        return SchemaTree.allows(schema, type);
    }

    public static boolean isObject(JsonNode schema) {
        return allows(schema, "object") && schema.has("properties");
    }

    public static boolean isArray(JsonNode schema) {
        return allows(schema, "array");
    }

    public static boolean nullable(JsonNode schema) {
        return allows(schema, "null");
    }
}
