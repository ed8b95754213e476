package fr.lillemetropole.bnm.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;

/**
 * Loads a shipped index definition (SLING-INF/oak-index/*.json) the way the Sling content
 * loader does at start-up, for the subset of the JSON format those files use: strings,
 * booleans, arrays of strings, and the "jcr:name:" prefix for Name values.
 */
final class OakIndexLoader {

    private static final String NAME_PREFIX = "jcr:name:";

    private OakIndexLoader() {}

    static void load(Session admin, String name, String json) throws RepositoryException {
        JsonObject definition = Json.createReader(new StringReader(json)).readObject();
        Node index = admin.getNode("/oak:index").addNode(name, definition.getString("jcr:primaryType"));
        ValueFactory values = admin.getValueFactory();
        for (Map.Entry<String, JsonValue> entry : definition.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if ("jcr:primaryType".equals(key)) {
                continue;
            }
            switch (value.getValueType()) {
                case TRUE, FALSE -> index.setProperty(key, value == JsonValue.TRUE);
                case STRING -> index.setProperty(key, value(values, ((JsonString) value).getString()));
                case ARRAY -> {
                    List<Value> items = new ArrayList<>();
                    for (JsonValue item : value.asJsonArray()) {
                        items.add(value(values, ((JsonString) item).getString()));
                    }
                    index.setProperty(key, items.toArray(new Value[0]));
                }
                default -> throw new IllegalArgumentException("unsupported value for " + key + " in " + name);
            }
        }
        admin.save();
    }

    private static Value value(ValueFactory values, String text) throws RepositoryException {
        return text.startsWith(NAME_PREFIX)
                ? values.createValue(text.substring(NAME_PREFIX.length()), PropertyType.NAME)
                : values.createValue(text);
    }
}
