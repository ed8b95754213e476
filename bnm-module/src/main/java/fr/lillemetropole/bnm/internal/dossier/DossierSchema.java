package fr.lillemetropole.bnm.internal.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The AMI dossier's JSON Schema (a copy of shared/contracts/ami-dossier.schema.json, kept equal by
 * a test), the one source of truth for validation, the normal form and the JCR mapping.
 */
public final class DossierSchema {

    public static final String RESOURCE = "/schema/ami-dossier.schema.json";
    private static final DossierSchema INSTANCE = new DossierSchema(load());

    private final JsonNode root;
    /** Resolved schemas by identity of the node resolved: the schema never changes, resolving is done once. */
    private final Map<JsonNode, JsonNode> resolved = Collections.synchronizedMap(new IdentityHashMap<>());

    private DossierSchema(JsonNode root) {
        this.root = root;
    }

    public static DossierSchema get() {
        return INSTANCE;
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
            String ref = current.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (current.size() == 1) {
                current = target;
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode merged = target.deepCopy();
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

    public static boolean isObject(JsonNode schema) {
        return allows(schema, "object") && schema.has("properties");
    }

    public static boolean isArray(JsonNode schema) {
        return allows(schema, "array");
    }

    public static boolean nullable(JsonNode schema) {
        return allows(schema, "null");
    }

    private static JsonNode load() {
        try (InputStream in = DossierSchema.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
