package fr.lillemetropole.bnm.internal.dossier.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AMI dossier's JSON Schema as a tree (a copy of shared/contracts/ami-dossier.schema.json):
 * loaded once, every "$ref" followed, the schema of any field found by its JSON pointer.
 * It depends on nothing of the dossier service, so that the service, the form and the rules
 * all read the one schema.
 */
public final class SchemaTree {

    public static final String RESOURCE = "/schema/ami-dossier.schema.json";
    private static final SchemaTree DOSSIER = new SchemaTree(load());

    private final JsonNode root;
    /** Resolved schemas by identity of the node resolved: the schema never changes, resolving is done once. */
    private final Map<JsonNode, JsonNode> resolved = Collections.synchronizedMap(new IdentityHashMap<>());

    SchemaTree(JsonNode root) {
        this.root = root;
    }

    /** The dossier's schema. */
    public static SchemaTree dossier() {
        return DOSSIER;
    }

    public JsonNode root() {
        return root;
    }

    /** The node with every "$ref" followed (a "$ref" beside other keywords: those are merged on top). */
    public JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        return resolved.computeIfAbsent(node, this::follow);
    }

    private JsonNode follow(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            JsonNode target = root.at(current.get("$ref").asText().substring(1));
            if (current.size() == 1) {
                current = target;
            } else {
                ObjectNode merged = target.deepCopy();
                current.fields().forEachRemaining(field -> {
                    if (!"$ref".equals(field.getKey())) {
                        merged.set(field.getKey(), field.getValue());
                    }
                });
                current = merged;
            }
        }
        return current;
    }

    /** The schema of a property of an object schema, resolved; null when there is none. */
    public JsonNode property(JsonNode objectSchema, String name) {
        JsonNode properties = resolve(objectSchema).get("properties");
        return properties == null || !properties.has(name) ? null : resolve(properties.get(name));
    }

    /** The schema of a list's entries, resolved; null when the schema is not a list's. */
    public JsonNode items(JsonNode arraySchema) {
        JsonNode s = resolve(arraySchema);
        return allows(s, "array") && s.has("items") ? resolve(s.get("items")) : null;
    }

    /**
     * The schema of the value at a JSON pointer of a dossier ("/libraries/0/team/fte": an index
     * steps into the list's entries), resolved; null when the schema has no such field.
     */
    public JsonNode at(String pointer) {
        JsonNode current = resolve(root);
        if (pointer.isEmpty()) {
            return current;
        }
        for (String part : pointer.substring(1).split("/", -1)) {
            JsonNode items = items(current);
            current = items != null ? items : property(current, part.replace("~1", "/").replace("~0", "~"));
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** True when the schema admits the JSON type ("object", "array", "string", "number", "integer", ...). */
    public static boolean allows(JsonNode schema, String type) {
        JsonNode types = schema.get("type");
        if (types == null) {
            return false;
        }
        if (types.isTextual()) {
            return types.asText().equals(type) || "number".equals(type) && "integer".equals(types.asText());
        }
        for (JsonNode t : types) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaTree.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
