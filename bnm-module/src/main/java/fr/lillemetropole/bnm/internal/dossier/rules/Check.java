package fr.lillemetropole.bnm.internal.dossier.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.account.AccountRules;
import fr.lillemetropole.bnm.internal.campaign.CampaignIds;
import fr.lillemetropole.bnm.internal.dossier.schema.Formats;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;

/**
 * One run of the rules over a dossier in normal form: helpers and the errors found. Messages name
 * fields by the schema's titles and choices by its labels ({@link #field}, {@link #choice}).
 */
final class Check {

    static final String NC = "NC";
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[/;,]");
    private static final SchemaText TEXT = SchemaText.dossier();

    final JsonNode doc;
    final List<FieldError> errors = new ArrayList<>();
    /** The campaign year Y, or -1 when the campaign id has none. */
    final int year;

    Check(JsonNode doc) {
        this.doc = doc;
        this.year = CampaignIds.year(doc.path("campaign").asText("")).orElse(-1);
    }

    void fail(String rule, String pointer, String message) {
        errors.add(new FieldError(rule, pointer, message));
    }

    /** The field at a pointer as messages name it: « its title », with its group's when needed. */
    static String field(String pointer) {
        return TEXT.name(pointer);
    }

    /** The choice {@code value} of the field at a pointer, as « its label ». */
    static String choice(String pointer, String value) {
        return SchemaText.quote(TEXT.label(pointer, value));
    }

    /** Adds the error when {@code parent.field} is blank; answers whether it was. */
    boolean requireText(String rule, JsonNode parent, String field, String pointer) {
        return requireText(rule, parent, field, pointer, "");
    }

    /** The same, the message followed by a {@code hint} (" (…)", or ""). */
    boolean requireText(String rule, JsonNode parent, String field, String pointer, String hint) {
        if (blank(parent.path(field))) {
            missing(rule, pointer + "/" + field, hint);
            return true;
        }
        return false;
    }

    /** Adds the error when {@code parent.field} is not answered (null); answers whether it was not. */
    boolean requireAnswer(String rule, JsonNode parent, String field, String pointer) {
        if (!answered(parent.path(field))) {
            missing(rule, pointer + "/" + field, "");
            return true;
        }
        return false;
    }

    /** Adds the error when {@code parent.field} is not a date. */
    void requireDate(String rule, JsonNode parent, String field, String pointer) {
        JsonNode date = parent.path(field);
        if (blank(date)) {
            missing(rule, pointer + "/" + field, "");
        } else if (!isDate(date)) {
            fail(rule, pointer + "/" + field, field(pointer + "/" + field)
                    + " : indiquez une date au format AAAA-MM-JJ.");
        }
    }

    void missing(String rule, String pointer, String hint) {
        fail(rule, pointer, field(pointer) + " est à renseigner" + hint + ".");
    }

    static boolean answered(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    static boolean blank(JsonNode node) {
        return !answered(node) || node.isTextual() && node.asText().strip().isEmpty();
    }

    static boolean isNumber(JsonNode node) {
        return node != null && node.isNumber();
    }

    static boolean isNc(JsonNode node) {
        return node != null && node.isTextual() && NC.equals(node.asText());
    }

    /** A number as French writes it in a sentence: 3, 17,5. */
    static String figure(JsonNode node) {
        return node.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static double number(JsonNode node) {
        return node.asDouble();
    }

    static String text(JsonNode node) {
        return answered(node) ? node.asText() : null;
    }

    static boolean is(JsonNode node, String value) {
        return answered(node) && value.equals(node.asText());
    }

    /** Commune names compare trimmed and NFC-normalised; what is not a text names no commune. */
    static String commune(JsonNode node) {
        return blank(node) || !node.isTextual() ? null
                : Normalizer.normalize(node.asText().strip(), Normalizer.Form.NFC);
    }

    static boolean isDate(JsonNode node) {
        return node != null && node.isTextual() && Formats.isDate(node.asText());
    }

    static boolean isEmail(String text) {
        return AccountRules.EMAIL.matcher(text).matches();
    }

    static String[] emailList(String text) {
        return EMAIL_SEPARATORS.split(text);
    }
}
