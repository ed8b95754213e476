package fr.lillemetropole.bnm.internal.dossier.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.dossier.DossierSchema;

/**
 * Reads a submitted part of the dossier form back into the document: blank means null (never ""),
 * "NC" is its own choice, "17,9" is 17.9, and a value that is not a number is kept as typed so
 * that the schema names the field and the input is not lost.
 */
public final class FormBinding {

    /** The checkbox that says "NC" for a quantity is named after the field with this suffix. */
    public static final String NC_SUFFIX = ":nc";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormFields fields;

    public FormBinding(FormFields fields) {
        this.fields = fields;
    }

    /** Applies the submitted fields of the part at {@code pointer} to a copy of {@code document}. */
    public ObjectNode apply(ObjectNode document, String pointer, Map<String, String[]> params) {
        ObjectNode result = document.deepCopy();
        JsonNode part = pointer.isEmpty() ? result : result.at(pointer);
        List<FieldView> views = fields.of(document, pointer, List.of());
        if (part.isObject()) {
            for (FieldView view : views) {
                ((ObjectNode) part).set(name(view), value(view, params));
            }
        } else {
            setAt(result, pointer, value(views.get(0), params));
        }
        return result;
    }

    private JsonNode value(FieldView view, Map<String, String[]> params) {
        String raw = first(params, view.getName());
        return switch (view.kind()) {
            case GROUP -> group(view, params);
            case ROWS -> rows(view, params);
            case MULTI -> multi(view, params);
            case LINES -> lines(raw);
            case YESNO -> raw == null || raw.isBlank() ? NullNode.getInstance() : NODES.booleanNode("true".equals(raw));
            case QUANTITY -> "on".equals(first(params, view.getName() + NC_SUFFIX)) ? NODES.textNode("NC") : number(raw);
            case INTEGER, NUMBER -> number(raw);
            case CHOICE -> choice(view, raw);
            default -> raw == null || raw.isBlank() ? NullNode.getInstance() : NODES.textNode(raw.strip());
        };
    }

    private JsonNode group(FieldView view, Map<String, String[]> params) {
        ObjectNode object = NODES.objectNode();
        boolean empty = true;
        for (FieldView child : view.getChildren()) {
            JsonNode value = value(child, params);
            object.set(name(child), value);
            empty &= isEmpty(value);
        }
        JsonNode s = fields.schemaAt(view.getName());
        return empty && DossierSchema.nullable(s) ? NullNode.getInstance() : object;
    }

    private JsonNode rows(FieldView view, Map<String, String[]> params) {
        JsonNode s = fields.schemaAt(view.getName());
        boolean fixed = s.path("minItems").asInt(0) == s.path("maxItems").asInt(-1);
        ArrayNode rows = NODES.arrayNode();
        for (FieldView row : view.getChildren()) {
            JsonNode value = group(row, params);
            if (fixed || !isEmpty(value)) {
                rows.add(value);
            }
        }
        return rows;
    }

    private static JsonNode multi(FieldView view, Map<String, String[]> params) {
        String[] chosen = params.getOrDefault(view.getName(), new String[0]);
        ArrayNode values = NODES.arrayNode();
        for (FieldView.Option option : view.getOptions()) {
            for (String value : chosen) {
                if (option.value().equals(value)) {
                    values.add(value);
                    break;
                }
            }
        }
        return values;
    }

    private static JsonNode lines(String raw) {
        ArrayNode values = NODES.arrayNode();
        if (raw != null) {
            for (String line : raw.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    values.add(line.strip());
                }
            }
        }
        return values;
    }

    private static JsonNode choice(FieldView view, String raw) {
        if (raw == null || raw.isBlank()) {
            return NullNode.getInstance();
        }
        boolean numeric = !view.getOptions().isEmpty() && view.getOptions().stream()
                .allMatch(option -> option.value().matches("-?\\d+"));
        if (numeric && raw.matches("-?\\d{1,9}")) {
            return NODES.numberNode(Integer.parseInt(raw));
        }
        // not one of the choices (a forged post): kept as typed, for the schema to refuse with the field's name
        return NODES.textNode(raw);
    }

    /** "45 150", "17,9", "12 334,71 €" are numbers; anything else stays text for the schema to reject. */
    static JsonNode number(String raw) {
        if (raw == null || raw.isBlank()) {
            return NullNode.getInstance();
        }
        String cleaned = raw.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        try {
            BigDecimal decimal = new BigDecimal(cleaned);
            if (decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0 && !cleaned.contains(".")) {
                return NODES.numberNode(decimal.longValueExact());
            }
            return NODES.numberNode(decimal.doubleValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(raw.strip());
        }
    }

    private static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!isEmpty(item)) {
                    return false;
                }
            }
            return true;
        }
        if (value.isObject()) {
            for (JsonNode child : value) {
                if (!isEmpty(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String name(FieldView view) {
        return view.getName().substring(view.getName().lastIndexOf('/') + 1);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static void setAt(ObjectNode document, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? document : document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }
}
