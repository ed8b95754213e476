package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;

/**
 * The French of the validator's messages: fields named by their titles, choices by their labels,
 * types and numbers as a person reads them. No code, keyword or JSON literal gets through.
 */
final class SchemaMessages {

    private static final Map<String, String> TYPE_NAMES = Map.of("string", "un texte", "number", "un nombre",
            "integer", "un nombre entier", "boolean", "oui ou non", "object", "un groupe de réponses",
            "array", "une liste", "null", "laissé vide");
    /** Choices listed in a message when a value is not one of them, up to this many. */
    private static final int LISTED_CHOICES = 5;
    /** Numbers of more digits than this are grouped by three (a year stays 2021). */
    private static final int UNGROUPED_DIGITS = 4;

    private final DossierSchema schema;
    private final SchemaText words;

    SchemaMessages(DossierSchema schema, SchemaText words) {
        this.schema = schema;
        this.words = words;
    }

    /** The field at a pointer as a message names it (« title », with its group's when needed). */
    String field(String pointer, String title) {
        return pointer.isEmpty() || schema.at(pointer) == null ? SchemaText.quote(title) : words.name(pointer);
    }

    /** What a value of these JSON types is, in French: « un nombre ou « NC » ou laissé vide ». */
    static String expected(JsonNode types) {
        if (types.isTextual()) {
            return TYPE_NAMES.getOrDefault(types.asText(), types.asText());
        }
        boolean figure = SchemaValidator.typeMatches(types, IntNode.valueOf(0));
        List<String> names = new ArrayList<>();
        for (JsonNode type : types) {
            // a figure's only text is « NC » (the schema's quantities)
            names.add(figure && "string".equals(type.asText()) ? "« NC »"
                    : TYPE_NAMES.getOrDefault(type.asText(), type.asText()));
        }
        return String.join(" ou ", names);
    }

    /** What a text must look like, when it does not match the field's pattern. */
    static String shape(JsonNode s) {
        if (SchemaValidator.typeMatches(s.path("type"), IntNode.valueOf(0))) {
            return " : indiquez un nombre, ou exactement « NC » s'il n'est pas connu";
        }
        String help = s.path("description").asText("");
        return help.isEmpty() ? "" : " : " + Character.toLowerCase(help.charAt(0)) + help.substring(1)
                .replaceAll("\\.$", "");
    }

    /** A value of the schema as a sentence shows it: a number in French, a choice by its label. */
    String value(JsonNode s, JsonNode value) {
        if (value.isNumber() && !s.path("x-labels").has(value.asText())) {
            return french(value);
        }
        String label = words.label(s, value.asText());
        return label != null ? SchemaText.quote(label) : "la valeur prévue";
    }

    /** " (« OUI », « NON »)" when the choices are few and all have labels, else "". */
    String choices(JsonNode s) {
        List<String> labels = new ArrayList<>();
        for (JsonNode choice : s.get("enum")) {
            if (!choice.isNull()) {
                String label = words.label(s, choice.asText());
                if (label == null) {
                    return "";
                }
                labels.add(SchemaText.quote(label));
            }
        }
        return labels.size() > LISTED_CHOICES ? "" : " (" + String.join(", ", labels) + ")";
    }

    /** A duplicate in a list, by its label when it is a choice, else as typed. */
    String item(JsonNode listSchema, JsonNode item) {
        String label = words.label(listSchema, item.asText());
        return "« " + (label != null ? label : item.asText()) + " »";
    }

    /**
     * A choice made more than once in the list at a pointer, the choice being the constant
     * property of the "contains" schema: « Objectif » : « Autre, précisez » est choisi plusieurs fois.
     */
    String repeated(JsonNode contains, String pointer, String named) {
        JsonNode list = schema.at(pointer);
        JsonNode items = list == null || !list.has("items") ? null : schema.resolve(list.get("items"));
        JsonNode properties = schema.resolve(contains).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode field = items == null ? null : schema.property(items, property.getKey());
            if (property.getValue().has("const") && field != null && field.has("title")) {
                return SchemaText.quote(field.get("title").asText()) + " : "
                        + value(field, property.getValue().get("const")) + " est choisi plusieurs fois.";
            }
        }
        return named + " : le même choix figure plusieurs fois.";
    }

    /** 1000000000000 as « 1 000 000 000 000 » (no-break spaces), 17.5 as « 17,5 », 2021 as « 2021 ». */
    static String french(JsonNode number) {
        String plain = number.decimalValue().stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > UNGROUPED_DIGITS) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + (dot < 0 ? "" : "," + digits.substring(dot + 1));
    }

    static String french(int number) {
        return french(IntNode.valueOf(number));
    }
}
