package fr.lillemetropole.bnm.internal.dossier.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView.Kind;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView.Option;
import fr.lillemetropole.bnm.internal.text.Texts;

/** Builds the inputs of a part of the dossier from the schema and the current values. */
public final class FormFields {

    /** Lists of objects get this many blank rows to add an entry without JavaScript. */
    static final int BLANK_ROWS = 1;
    private static final int LONG_TEXT = 500;
    private static final int ESSAY = 5000;

    private final DossierSchema schema;
    private final ResourceBundle labels;

    /** Fields to read a submitted form back: the yes/no choices carry their dictionary keys as labels. */
    public FormFields(DossierSchema schema) {
        this(schema, null);
    }

    /** Fields to show: the yes/no choices read « Oui » and « Non » from the i18n dictionary {@code labels}. */
    public FormFields(DossierSchema schema, ResourceBundle labels) {
        this.schema = schema;
        this.labels = labels;
    }

    /** The inputs of the object at {@code pointer} (e.g. "/applicant", "/libraries/0"), with the errors placed. */
    public List<FieldView> of(JsonNode document, String pointer, List<FieldError> errors) {
        JsonNode objectSchema = schemaAt(pointer);
        JsonNode value = pointer.isEmpty() ? document : document.at(pointer);
        List<FieldView> fields;
        if (DossierSchema.isObject(objectSchema)) {
            fields = children(objectSchema, value, pointer);
        } else {
            fields = List.of(field(objectSchema, value, pointer, pointer.substring(pointer.lastIndexOf('/') + 1)));
        }
        place(fields, errors);
        return fields;
    }

    /** The schema of the value at a JSON pointer of the dossier. */
    public JsonNode schemaAt(String pointer) {
        JsonNode current = schema.resolve(schema.root());
        if (pointer.isEmpty()) {
            return current;
        }
        for (String part : pointer.substring(1).split("/")) {
            if (DossierSchema.isArray(current) && current.has("items")) {
                current = schema.resolve(current.get("items"));
            } else {
                current = schema.property(current, part);
            }
            if (current == null) {
                throw new IllegalArgumentException("no field " + pointer);
            }
        }
        return current;
    }

    private List<FieldView> children(JsonNode objectSchema, JsonNode value, String pointer) {
        List<FieldView> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.resolve(objectSchema).get("properties").fields();
                it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode child = value == null ? null : value.get(property.getKey());
            fields.add(field(schema.resolve(property.getValue()), child, pointer + "/" + property.getKey(),
                    property.getKey()));
        }
        return fields;
    }

    private FieldView field(JsonNode s, JsonNode value, String pointer, String name) {
        String label = s.has("title") ? s.get("title").asText() : name;
        String help = s.has("description") ? s.get("description").asText() : null;
        if (DossierSchema.isObject(s)) {
            JsonNode object = value != null && value.isObject() ? value : null;
            return new FieldView(pointer, label, help, Kind.GROUP, null, false, List.of(), children(s, object, pointer));
        }
        if (DossierSchema.isArray(s)) {
            return array(s, value, pointer, label, help);
        }
        boolean string = DossierSchema.allows(s, "string");
        boolean number = DossierSchema.allows(s, "number") || DossierSchema.allows(s, "integer");
        if (string && number) {
            boolean nc = value != null && value.isTextual() && "NC".equals(value.asText());
            return new FieldView(pointer, label, help, Kind.QUANTITY, nc || value == null || value.isNull() ? ""
                    : plain(value), nc, List.of(), List.of());
        }
        if (s.has("enum")) {
            return new FieldView(pointer, label, help, Kind.CHOICE, text(value), false, options(s, value), List.of());
        }
        if (DossierSchema.allows(s, "boolean")) {
            String current = value == null || !value.isBoolean() ? null : Boolean.toString(value.asBoolean());
            return new FieldView(pointer, label, help, Kind.YESNO, current, false, List.of(
                    new Option("true", Texts.get(labels, "bnm.yes"), "true".equals(current)),
                    new Option("false", Texts.get(labels, "bnm.no"), "false".equals(current))),
                    List.of());
        }
        if (number) {
            return new FieldView(pointer, label, help, DossierSchema.allows(s, "number") && !s.path("type").toString()
                    .contains("integer") ? Kind.NUMBER : Kind.INTEGER, value == null || value.isNull() ? "" : plain(value),
                    false, List.of(), List.of());
        }
        String format = s.path("format").asText("");
        Kind kind = switch (format) {
            case "email" -> Kind.EMAIL;
            case "date" -> Kind.DATE;
            case "uri" -> Kind.URL;
            default -> s.path("maxLength").asInt(0) > LONG_TEXT ? Kind.TEXTAREA : Kind.TEXT;
        };
        return new FieldView(pointer, label, help, kind, text(value), false, List.of(), List.of())
                .rows(s.path("maxLength").asInt(0) >= ESSAY ? 14 : 3);
    }

    private FieldView array(JsonNode s, JsonNode value, String pointer, String label, String help) {
        JsonNode items = schema.resolve(s.get("items"));
        if (DossierSchema.isObject(items)) {
            List<FieldView> rows = new ArrayList<>();
            int size = value == null || !value.isArray() ? 0 : value.size();
            int fixed = s.path("minItems").asInt(0) == s.path("maxItems").asInt(-1) ? s.get("maxItems").asInt() : -1;
            int count = fixed > 0 ? fixed : size + BLANK_ROWS;
            for (int i = 0; i < count; i++) {
                JsonNode item = i < size ? value.get(i) : null;
                String itemLabel = (items.has("title") ? items.get("title").asText() : label) + " " + (i + 1);
                rows.add(new FieldView(pointer + "/" + i, itemLabel, null, Kind.GROUP, null, false, List.of(),
                        children(items, item, pointer + "/" + i)));
            }
            return new FieldView(pointer, label, help, Kind.ROWS, null, false, List.of(), rows);
        }
        if (items.has("enum")) {
            List<Option> options = new ArrayList<>();
            for (JsonNode choice : items.get("enum")) {
                if (!choice.isNull()) {
                    boolean checked = value != null && value.isArray() && contains(value, choice.asText());
                    options.add(new Option(choice.asText(), labelOf(items, choice.asText()), checked));
                }
            }
            return new FieldView(pointer, label, help, Kind.MULTI, null, false, options, List.of());
        }
        StringBuilder lines = new StringBuilder();
        if (value != null && value.isArray()) {
            value.forEach(item -> lines.append(lines.length() == 0 ? "" : "\n").append(item.asText()));
        }
        return new FieldView(pointer, label, help, Kind.LINES, lines.toString(), false, List.of(), List.of());
    }

    private List<Option> options(JsonNode s, JsonNode value) {
        List<Option> options = new ArrayList<>();
        for (JsonNode choice : s.get("enum")) {
            if (!choice.isNull()) {
                boolean checked = value != null && !value.isNull() && plain(value).equals(plain(choice));
                options.add(new Option(plain(choice), labelOf(s, plain(choice)), checked));
            }
        }
        return options;
    }

    private static String labelOf(JsonNode s, String value) {
        return s.path("x-labels").has(value) ? s.get("x-labels").get(value).asText() : value;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** 17.9 stays "17.9", 2800 stays "2800" (never "2800.0"). */
    static String plain(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue().stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
        return value.asText();
    }

    /**
     * Puts each problem on its field (or on the group or list it is about): a value the schema
     * refuses is an error; what a rule still asks for is "à compléter".
     */
    static void place(List<FieldView> fields, List<FieldError> errors) {
        for (FieldError error : errors) {
            FieldView target = find(fields, error.pointer());
            if (target == null) {
                continue;
            }
            if ("schema".equals(error.rule())) {
                target.addError(error.message());
            } else {
                target.addTodo(error.message());
            }
        }
    }

    private static FieldView find(List<FieldView> fields, String pointer) {
        for (FieldView field : fields) {
            if (field.getName().equals(pointer)) {
                return field;
            }
            if (pointer.startsWith(field.getName() + "/")) {
                FieldView inner = find(field.getChildren(), pointer);
                return inner != null ? inner : field;
            }
        }
        return null;
    }
}
