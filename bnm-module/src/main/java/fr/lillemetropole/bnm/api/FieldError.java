package fr.lillemetropole.bnm.api;

/**
 * One problem with a request or a document: the rule broken ("schema" for a shape error, or a
 * rule id such as "R31"), the JSON pointer of the field, and a French message naming it.
 */
public record FieldError(String rule, String pointer, String message) {

    public static FieldError schema(String pointer, String message) {
        return new FieldError("schema", pointer, message);
    }
}
