package fr.lillemetropole.bnm.internal.dossier.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.account.AccountRules;
import fr.lillemetropole.bnm.internal.campaign.CampaignIds;
import fr.lillemetropole.bnm.internal.dossier.SchemaValidator;

/** One run of the rules over a dossier in normal form: helpers and the errors found. */
final class Check {

    static final String NC = "NC";
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[/;,]");

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

    /** Adds the error when {@code node} is blank; answers whether it was. */
    boolean requireText(String rule, JsonNode parent, String field, String pointer, String label) {
        if (blank(parent.path(field))) {
            fail(rule, pointer + "/" + field, "« " + label + " » est à renseigner.");
            return true;
        }
        return false;
    }

    boolean requireAnswer(String rule, JsonNode parent, String field, String pointer, String label) {
        if (!answered(parent.path(field))) {
            fail(rule, pointer + "/" + field, "« " + label + " » est à renseigner.");
            return true;
        }
        return false;
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

    static double number(JsonNode node) {
        return node.asDouble();
    }

    static String text(JsonNode node) {
        return answered(node) ? node.asText() : null;
    }

    static boolean is(JsonNode node, String value) {
        return answered(node) && value.equals(node.asText());
    }

    /** Commune names compare trimmed and NFC-normalised. */
    static String commune(JsonNode node) {
        return blank(node) ? null : Normalizer.normalize(node.asText().strip(), Normalizer.Form.NFC);
    }

    static boolean isDate(JsonNode node) {
        return node != null && node.isTextual() && SchemaValidator.isDate(node.asText());
    }

    static boolean isEmail(String text) {
        return AccountRules.EMAIL.matcher(text).matches();
    }

    static String[] emailList(String text) {
        return EMAIL_SEPARATORS.split(text);
    }
}
