package fr.lillemetropole.bnm.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaTree;

/**
 * One column of the libraries export: a field of the dossier (or of a library, below {@code /libraries/n}),
 * its French header and how its value becomes a cell. {@code "NC"} stays the text NC, a yes/no becomes
 * « Oui » / « Non », a choice its x-label; a list becomes one cell (« , » between choices, « ; » between
 * entries of a list of groups, whose fields are separated by « : »).
 *
 * @param pointer JSON pointer of the field in the dossier, or in a library when {@code library} is true
 * @param header  the French header (the field's title, with its section's title when titles repeat)
 */
public record Column(String pointer, boolean library, String header, Kind kind, JsonNode schema) {

    /** How the field's values are written. */
    public enum Kind {
        /** a figure: a number, « NC » or nothing */
        NUMBER,
        /** oui / non */
        YES_NO,
        /** a choice of the schema, written as its label */
        CHOICE,
        /** a list: of choices, of texts, or of groups of fields */
        LIST,
        /** free text */
        TEXT
    }

    /** What a cell holds: a number, or a text (« NC », a label, a free text, or empty). */
    public record Cell(BigDecimal number, String text) {

        static final Cell EMPTY = new Cell(null, "");

        public boolean isNumber() {
            return number != null;
        }

        /** The cell as French spreadsheets read it: a decimal comma, no thousands separator. */
        public String frenchText() {
            return isNumber() ? number.stripTrailingZeros().toPlainString().replace('.', ',') : text;
        }
    }

    /** The cell of this column for a value (the node at {@link #pointer} of the dossier or the library). */
    public Cell cell(JsonNode value, Words words) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Cell.EMPTY;
        }
        return switch (kind) {
            case NUMBER -> value.isNumber() ? new Cell(value.decimalValue(), null) : new Cell(null, value.asText());
            case YES_NO -> value.isBoolean() ? new Cell(null, value.asBoolean() ? words.yes() : words.no())
                    : new Cell(null, value.asText());
            case CHOICE -> new Cell(null, label(schema, value, words));
            case LIST -> new Cell(null, list(value, words));
            case TEXT -> new Cell(null, value.asText());
        };
    }

    /** The French words a cell may need that the schema does not give. */
    public record Words(String yes, String no) {
    }

    private String list(JsonNode values, Words words) {
        JsonNode items = SchemaTree.dossier().items(schema);
        List<String> parts = new ArrayList<>();
        boolean groups = items != null && items.has("properties");
        for (JsonNode value : values) {
            if (groups) {
                List<String> fields = new ArrayList<>();
                items.get("properties").fields().forEachRemaining(field -> {
                    JsonNode v = value.get(field.getKey());
                    if (v != null && !v.isNull()) {
                        fields.add(label(SchemaTree.dossier().resolve(field.getValue()), v, words));
                    }
                });
                if (!fields.isEmpty()) {
                    parts.add(String.join(" : ", fields));
                }
            } else if (!value.isNull()) {
                parts.add(items == null ? value.asText() : label(items, value, words));
            }
        }
        return String.join(groups ? " ; " : ", ", parts);
    }

    private static String label(JsonNode fieldSchema, JsonNode value, Words words) {
        if (value.isBoolean()) {
            return value.asBoolean() ? words.yes() : words.no();
        }
        String label = SchemaText.dossier().label(fieldSchema, value.asText());
        return label != null ? label : value.asText();
    }

    /** The kind of a resolved field schema. */
    static Kind kindOf(JsonNode schema) {
        if (SchemaTree.allows(schema, "array")) {
            return Kind.LIST;
        }
        if (SchemaTree.allows(schema, "number") || SchemaTree.allows(schema, "integer")) {
            return Kind.NUMBER;
        }
        if (SchemaTree.allows(schema, "boolean")) {
            return Kind.YES_NO;
        }
        return schema.has("x-labels") ? Kind.CHOICE : Kind.TEXT;
    }

    @Override
    public String toString() {
        return header.toLowerCase(Locale.FRENCH) + " (" + pointer + ")";
    }
}
