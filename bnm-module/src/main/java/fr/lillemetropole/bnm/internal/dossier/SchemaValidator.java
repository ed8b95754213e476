package fr.lillemetropole.bnm.internal.dossier;

import static fr.lillemetropole.bnm.internal.dossier.SchemaMessages.french;

import java.net.URI;
import java.net.URISyntaxException;
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
import fr.lillemetropole.bnm.internal.dossier.schema.Formats;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;

/**
 * Validates a dossier against the schema (draft 2020-12, the keywords the dossier schema uses),
 * with the formats email, uri and date asserted. Every error names its JSON pointer and the
 * field's French title; choices are named by their x-labels, never by their codes.
 */
public final class SchemaValidator {

    private final DossierSchema schema;
    private final SchemaMessages say;
    private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    public SchemaValidator(DossierSchema schema) {
        this.schema = schema;
        this.say = new SchemaMessages(schema, SchemaText.dossier());
    }

    public List<FieldError> validate(JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        validate(schema.root(), document, "", "le dossier", errors);
        return errors;
    }

    private void validate(JsonNode rawSchema, JsonNode value, String pointer, String label, List<FieldError> errors) {
        JsonNode s = schema.resolve(rawSchema);
        String title = s.has("title") ? s.get("title").asText() : label;
        String named = say.field(pointer, title);
        if (s.has("type") && !typeMatches(s.get("type"), value)) {
            errors.add(error(pointer, named + " doit être " + SchemaMessages.expected(s.get("type")) + "."));
            return;
        }
        if (s.has("const") && !contains(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(s.get("const")), value)) {
            errors.add(error(pointer, named + " doit valoir " + say.value(s, s.get("const")) + "."));
        }
        if (s.has("enum") && !contains(s.get("enum"), value)) {
            errors.add(error(pointer, named + " : choisissez l'une des réponses proposées" + say.choices(s) + "."));
        }
        if (value.isTextual()) {
            text(s, value.asText(), pointer, named, errors);
        } else if (value.isNumber()) {
            number(s, value, pointer, named, errors);
        } else if (value.isObject()) {
            object(s, value, pointer, title, errors);
        } else if (value.isArray()) {
            array(s, value, pointer, title, named, errors);
        }
        if (s.has("allOf")) {
            for (JsonNode sub : s.get("allOf")) {
                validate(sub, value, pointer, title, errors);
            }
        }
    }

    private void text(JsonNode s, String text, String pointer, String named, List<FieldError> errors) {
        Pattern pattern = s.has("pattern") ? patterns.computeIfAbsent(s.get("pattern").asText(), Pattern::compile) : null;
        int length = text.codePointCount(0, text.length());
        if (s.has("minLength") && length < s.get("minLength").asInt()) {
            errors.add(error(pointer, named + " ne peut pas être fait que d'espaces : laissez-le vide "
                    + "s'il n'est pas encore renseigné."));
        }
        if (s.has("maxLength") && length > s.get("maxLength").asInt()) {
            errors.add(error(pointer, named + " dépasse " + french(s.get("maxLength")) + " caractères."));
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            errors.add(error(pointer, named + " n'a pas la forme attendue" + SchemaMessages.shape(s) + "."));
        }
        if (s.has("format")) {
            String format = s.get("format").asText();
            if ("email".equals(format) && !AccountRules.EMAIL.matcher(text).matches()) {
                errors.add(error(pointer, named + " n'est pas une adresse e-mail valide."));
            } else if ("date".equals(format) && !Formats.isDate(text)) {
                errors.add(error(pointer, named + " doit être une date au format AAAA-MM-JJ."));
            } else if ("uri".equals(format) && !isAbsoluteUri(text)) {
                errors.add(error(pointer, named + " doit être une adresse web complète (https://…)."));
            }
        }
    }

    private static void number(JsonNode s, JsonNode value, String pointer, String named, List<FieldError> errors) {
        if (s.has("minimum") && value.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
            errors.add(error(pointer, named + " ne peut pas être inférieur à " + french(s.get("minimum")) + "."));
        }
        if (s.has("maximum") && value.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
            errors.add(error(pointer, named + " ne peut pas dépasser " + french(s.get("maximum")) + "."));
        }
    }

    private void object(JsonNode s, JsonNode value, String pointer, String title, List<FieldError> errors) {
        JsonNode properties = s.get("properties");
        if (s.has("required")) {
            for (JsonNode required : s.get("required")) {
                if (!value.has(required.asText())) {
                    JsonNode property = properties == null ? null : schema.resolve(properties.get(required.asText()));
                    errors.add(error(pointer + "/" + required.asText(), property != null && property.has("title")
                            ? SchemaText.quote(property.get("title").asText()) + " est obligatoire."
                            : SchemaText.quote(title) + " : une réponse obligatoire manque."));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + field.getKey();
            if (properties != null && properties.has(field.getKey())) {
                validate(properties.get(field.getKey()), field.getValue(), child, title, errors);
            } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true)) {
                errors.add(error(child, "Le champ « " + field.getKey() + " » n'existe pas dans le dossier."));
            }
        }
    }

    private void array(JsonNode s, JsonNode value, String pointer, String title, String named,
            List<FieldError> errors) {
        int size = value.size();
        if (s.has("minItems") && size < s.get("minItems").asInt()) {
            errors.add(error(pointer, named + " doit compter au moins " + french(s.get("minItems"))
                    + " élément(s)."));
        }
        if (s.has("maxItems") && size > s.get("maxItems").asInt()) {
            errors.add(error(pointer, named + " ne peut pas compter plus de " + french(s.get("maxItems"))
                    + " éléments (" + french(value.size()) + " envoyés)."));
        }
        if (s.has("uniqueItems") && s.get("uniqueItems").asBoolean()) {
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                if (!seen.add(value.get(i))) {
                    errors.add(error(pointer + "/" + i, named + " : " + say.item(s, value.get(i))
                            + " figure deux fois."));
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
                errors.add(error(pointer, named + " : un élément attendu manque."));
            }
            if (s.has("maxContains") && matches > s.get("maxContains").asInt()) {
                errors.add(error(pointer, say.repeated(s.get("contains"), pointer, named)));
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

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.isNumber() && value.isNumber()
                    && candidate.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static FieldError error(String pointer, String message) {
        return FieldError.schema(pointer, message);
    }
}
