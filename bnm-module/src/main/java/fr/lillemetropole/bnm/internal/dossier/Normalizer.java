package fr.lillemetropole.bnm.internal.dossier;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API's normal form of a dossier: the complete key set of the schema, in the schema's order.
 * A missing scalar or nullable object becomes null, a missing list [] and a missing object an
 * object of nulls; a document that carries every key comes back equal.
 */
public final class Normalizer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DossierSchema schema;

    public Normalizer(DossierSchema schema) {
        this.schema = schema;
    }

    public ObjectNode normalize(JsonNode document) {
        return (ObjectNode) normalize(schema.root(), document);
    }

    /** The normal form of an unanswered value of this schema: an object of nulls, [] or null. */
    public JsonNode empty(JsonNode rawSchema) {
        return normalize(rawSchema, null);
    }

    JsonNode normalize(JsonNode rawSchema, JsonNode value) {
        JsonNode s = schema.resolve(rawSchema);
        boolean missing = value == null || value.isMissingNode();
        if (missing) {
            if (DossierSchema.isObject(s) && !DossierSchema.nullable(s)) {
                return object(s, NODES.objectNode());
            }
            if (DossierSchema.isArray(s) && !DossierSchema.nullable(s)) {
                return NODES.arrayNode();
            }
            return NullNode.getInstance();
        }
        if (value.isObject() && DossierSchema.isObject(s)) {
            return object(s, value);
        }
        if (value.isArray() && s.has("items")) {
            ArrayNode items = NODES.arrayNode();
            for (JsonNode item : value) {
                items.add(normalize(s.get("items"), item));
            }
            return items;
        }
        boolean integerOnly = DossierSchema.allows(s, "integer") && !s.path("type").toString().contains("\"number\"");
        if (value.isNumber() && integerOnly) {
            return whole(value);
        }
        return value.deepCopy();
    }

    /** An integer field's 1E2 or 100.0 (read exactly, as BigDecimal) is the integer 100; anything else is kept. */
    private static JsonNode whole(JsonNode number) {
        if (number.isInt() || number.isLong() || !number.canConvertToLong()) {
            return number.deepCopy();
        }
        BigDecimal exact = number.decimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            return number.deepCopy();
        }
        long whole = exact.longValue();
        return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
    }

    private ObjectNode object(JsonNode s, JsonNode value) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            out.set(property.getKey(), normalize(property.getValue(), value.get(property.getKey())));
        }
        return out;
    }
}
