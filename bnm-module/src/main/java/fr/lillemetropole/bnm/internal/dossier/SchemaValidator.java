package fr.lillemetropole.bnm.internal.dossier;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.account.AccountRules;

/**
 * Validates a dossier against the schema (draft 2020-12, the keywords the dossier schema uses),
 * with the formats email, uri and date asserted. Every error names its JSON pointer and the
 * field's French title.
 */
public final class SchemaValidator {

    private static final Map<String, String> TYPE_NAMES = Map.of("string", "un texte", "number", "un nombre",
            "integer", "un nombre entier", "boolean", "oui ou non", "object", "un objet",
            "array", "une liste", "null", "laissé vide");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private final DossierSchema schema;
    private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    public SchemaValidator(DossierSchema schema) {
        this.schema = schema;
    }

    public List<FieldError> validate(JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        validate(schema.root(), document, "", "le dossier", errors);
        return errors;
    }

    private void validate(JsonNode rawSchema, JsonNode value, String pointer, String label, List<FieldError> errors) {
        JsonNode s = schema.resolve(rawSchema);
        String title = s.has("title") ? s.get("title").asText() : label;
        if (s.has("type") && !typeMatches(s.get("type"), value)) {
            errors.add(error(pointer, "« " + title + " » doit être " + expected(s.get("type")) + "."));
            return;
        }
        if (s.has("const") && !contains(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(s.get("const")), value)) {
            errors.add(error(pointer, "« " + title + " » doit valoir " + s.get("const") + "."));
        }
        if (s.has("enum") && !contains(s.get("enum"), value)) {
            errors.add(error(pointer, "« " + title + " » : valeur « " + value.asText() + " » non prévue."));
        }
        if (value.isTextual()) {
            text(s, value.asText(), pointer, title, errors);
        } else if (value.isNumber()) {
            number(s, value, pointer, title, errors);
        } else if (value.isObject()) {
            object(s, value, pointer, errors);
        } else if (value.isArray()) {
            array(s, value, pointer, title, errors);
        }
        if (s.has("allOf")) {
            for (JsonNode sub : s.get("allOf")) {
                validate(sub, value, pointer, title, errors);
            }
        }
    }

    private void text(JsonNode s, String text, String pointer, String title, List<FieldError> errors) {
        Pattern pattern = s.has("pattern") ? patterns.computeIfAbsent(s.get("pattern").asText(), Pattern::compile) : null;
        int length = text.codePointCount(0, text.length());
        if (s.has("minLength") && length < s.get("minLength").asInt()) {
            errors.add(error(pointer, "« " + title + " » ne peut pas être fait que d'espaces : laissez-le vide "
                    + "s'il n'est pas encore renseigné."));
        }
        if (s.has("maxLength") && length > s.get("maxLength").asInt()) {
            errors.add(error(pointer, "« " + title + " » dépasse " + s.get("maxLength").asInt() + " caractères."));
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            errors.add(error(pointer, "« " + title + " » n'a pas la forme attendue."));
        }
        if (s.has("format")) {
            String format = s.get("format").asText();
            if ("email".equals(format) && !AccountRules.EMAIL.matcher(text).matches()) {
                errors.add(error(pointer, "« " + title + " » n'est pas une adresse e-mail valide."));
            } else if ("date".equals(format) && !isDate(text)) {
                errors.add(error(pointer, "« " + title + " » doit être une date au format AAAA-MM-JJ."));
            } else if ("uri".equals(format) && !isAbsoluteUri(text)) {
                errors.add(error(pointer, "« " + title + " » doit être une adresse web complète (https://…)."));
            }
        }
    }

    private static void number(JsonNode s, JsonNode value, String pointer, String title, List<FieldError> errors) {
        if (s.has("minimum") && value.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
            errors.add(error(pointer, "« " + title + " » ne peut pas être inférieur à " + french(s.get("minimum")) + "."));
        }
        if (s.has("maximum") && value.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
            errors.add(error(pointer, "« " + title + " » ne peut pas dépasser " + french(s.get("maximum")) + "."));
        }
    }

    private void object(JsonNode s, JsonNode value, String pointer, List<FieldError> errors) {
        JsonNode properties = s.get("properties");
        if (s.has("required")) {
            for (JsonNode required : s.get("required")) {
                if (!value.has(required.asText())) {
                    JsonNode property = properties == null ? null : properties.get(required.asText());
                    String title = property == null ? required.asText() : titleOf(property, required.asText());
                    errors.add(error(pointer + "/" + required.asText(), "« " + title + " » est obligatoire."));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + field.getKey();
            if (properties != null && properties.has(field.getKey())) {
                validate(properties.get(field.getKey()), field.getValue(), child, field.getKey(), errors);
            } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true)) {
                errors.add(error(child, "Le champ « " + field.getKey() + " » n'existe pas dans le dossier."));
            }
        }
    }

    private void array(JsonNode s, JsonNode value, String pointer, String title, List<FieldError> errors) {
        int size = value.size();
        if (s.has("minItems") && size < s.get("minItems").asInt()) {
            errors.add(error(pointer, "« " + title + " » doit compter au moins " + s.get("minItems").asInt()
                    + " élément(s)."));
        }
        if (s.has("maxItems") && size > s.get("maxItems").asInt()) {
            errors.add(error(pointer, "« " + title + " » ne peut pas compter plus de " + french(s.get("maxItems"))
                    + " éléments (" + french(value.size()) + " envoyés)."));
        }
        if (s.has("uniqueItems") && s.get("uniqueItems").asBoolean()) {
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                if (!seen.add(value.get(i))) {
                    errors.add(error(pointer + "/" + i, "« " + title + " » : « " + value.get(i).asText()
                            + " » figure deux fois."));
                }
            }
        }
        if (s.has("items")) {
            for (int i = 0; i < size; i++) {
                validate(s.get("items"), value.get(i), pointer + "/" + i, title, errors);
            }
        }
        if (s.has("contains")) {
            int matches = 0;
            for (JsonNode item : value) {
                List<FieldError> probe = new ArrayList<>();
                validate(s.get("contains"), item, pointer, title, probe);
                if (probe.isEmpty()) {
                    matches++;
                }
            }
            int min = s.has("minContains") ? s.get("minContains").asInt() : 1;
            if (matches < min) {
                errors.add(error(pointer, "« " + title + " » : un élément attendu manque."));
            }
            if (s.has("maxContains") && matches > s.get("maxContains").asInt()) {
                errors.add(error(pointer, "« " + title + " » : le même choix figure plusieurs fois."));
            }
        }
    }

    static boolean typeMatches(JsonNode types, JsonNode value) {
        if (types.isTextual()) {
            return typeMatches(types.asText(), value);
        }
        for (JsonNode type : types) {
            if (typeMatches(type.asText(), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(String type, JsonNode value) {
        return switch (type) {
            case "null" -> value.isNull();
            case "boolean" -> value.isBoolean();
            case "string" -> value.isTextual();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> false;
        };
    }

    private static String expected(JsonNode types) {
        List<String> names = new ArrayList<>();
        if (types.isTextual()) {
            names.add(TYPE_NAMES.getOrDefault(types.asText(), types.asText()));
        } else {
            types.forEach(t -> names.add(TYPE_NAMES.getOrDefault(t.asText(), t.asText())));
        }
        return String.join(" ou ", names);
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.isNumber() && value.isNumber()
                    && candidate.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    static String titleOf(JsonNode property, String fallback) {
        JsonNode resolved = DossierSchema.get().resolve(property);
        return resolved.has("title") ? resolved.get("title").asText() : fallback;
    }

    public static boolean isDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** 1000000000000 as « 1 000 000 000 000 » (no-break spaces), 17.5 as « 17,5 ». */
    static String french(JsonNode number) {
        String plain = number.decimalValue().stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + (dot < 0 ? "" : "," + digits.substring(dot + 1));
    }

    private static String french(int number) {
        return french(com.fasterxml.jackson.databind.node.IntNode.valueOf(number));
    }

    private static FieldError error(String pointer, String message) {
        return FieldError.schema(pointer, message);
    }
}
