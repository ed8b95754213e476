package fr.lillemetropole.bnm.internal.dossier;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/** French messages about stored values, written as the agent sees them (never null, true or codes). */
final class Messages {

    private Messages() {}

    static String conflict(String pointer, JsonNode theirs) {
        return "Modifié par ailleurs pendant votre saisie : la version enregistrée indique " + shown(pointer, theirs)
                + ". Gardez votre saisie ou reprenez celle-ci, puis enregistrez.";
    }

    /** « 17,9 », « Oui », « (vide) », « A, B »: a value as the form shows it. */
    static String shown(String pointer, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()
                || value.isArray() && value.isEmpty() || value.isTextual() && value.asText().isBlank()) {
            return "« (vide) »";
        }
        return "« " + text(pointer, value) + " »";
    }

    private static String text(String pointer, JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "Oui" : "Non";
        }
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue().stripTrailingZeros();
            return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString().replace('.', ',');
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.length() == 0 ? "" : ", ").append(text(pointer, item)));
            return joined.toString();
        }
        try {
            return DossierSchema.get().label(pointer, value.asText());
        } catch (IllegalArgumentException notAChoice) {
            return value.asText();
        }
    }
}
