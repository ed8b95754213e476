package fr.lillemetropole.bnm.internal.dossier.form;

import java.util.List;

/**
 * Fields that matter only after a given answer on the same page (the network's details for a
 * network, the deliberation's date and number for a deliberation…): one table, read by the form to
 * hide them with JavaScript and, without it, to say when they are to be filled.
 */
public final class FieldConditions {

    /** {@code field} matters when the choice {@code on} has one of {@code values} ("*" = the same list entry). */
    record Condition(String field, String on, List<String> values) {
    }

    static final List<Condition> TABLE = List.of(
            new Condition("/applicant/network", "/applicant/kind", List.of("network")),
            new Condition("/validation/date", "/validation/mode", List.of("deliberation")),
            new Condition("/validation/number", "/validation/mode", List.of("deliberation")),
            new Condition("/libraries/*/presentation/managementOther", "/libraries/*/presentation/management",
                    List.of("other")),
            new Condition("/libraries/*/onlineResources/subscriptions", "/libraries/*/onlineResources/offered",
                    List.of("true")),
            new Condition("/objectives/*/otherText", "/objectives/*/objective", List.of("other")));

    private FieldConditions() {}

    /** Marks the fields of a page that depend on an answer of the same page. */
    public static void apply(List<FieldView> fields) {
        apply(fields, fields);
    }

    private static void apply(List<FieldView> all, List<FieldView> fields) {
        for (FieldView field : fields) {
            for (Condition condition : TABLE) {
                String index = indexOf(condition.field(), field.getName());
                if (index != null) {
                    FieldView on = find(all, condition.on().replace("*", index));
                    if (on != null) {
                        field.showWhen(on, condition.values());
                    }
                }
            }
            apply(all, field.getChildren());
        }
    }

    /** The list index "*" stands for when {@code pattern} matches {@code pointer} ("" without "*"), else null. */
    static String indexOf(String pattern, String pointer) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(pointer) ? "" : null;
        }
        String head = pattern.substring(0, star);
        String tail = pattern.substring(star + 1);
        if (!pointer.startsWith(head) || !pointer.endsWith(tail) || pointer.length() <= head.length() + tail.length()) {
            return null;
        }
        String index = pointer.substring(head.length(), pointer.length() - tail.length());
        return index.matches("\\d{1,4}") ? index : null;
    }

    private static FieldView find(List<FieldView> fields, String pointer) {
        for (FieldView field : fields) {
            if (field.getName().equals(pointer)) {
                return field;
            }
            FieldView inner = find(field.getChildren(), pointer);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
