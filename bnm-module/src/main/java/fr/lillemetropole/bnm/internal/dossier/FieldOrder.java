package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;

/** The order of the fields in the form (the schema's order of properties, list entries by index). */
public final class FieldOrder {

    private static final int UNKNOWN = Integer.MAX_VALUE;
    private static final Comparator<String> POINTERS = Comparator.comparing(FieldOrder::key, FieldOrder::compare);

    private FieldOrder() {}

    /** The errors sorted as their fields come in the form; errors of one field keep their order. */
    public static List<FieldError> sorted(List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(FieldError::pointer, POINTERS));
        return sorted;
    }

    /** One position per step of the pointer: the property's rank in its object, or the entry's index. */
    static int[] key(String pointer) {
        DossierSchema schema = DossierSchema.get();
        if (pointer.length() <= 1) {
            return new int[0];
        }
        String[] steps = pointer.substring(1).split("/");
        int[] key = new int[steps.length];
        JsonNode current = schema.resolve(schema.root());
        for (int i = 0; i < steps.length; i++) {
            if (current != null && DossierSchema.isArray(current)) {
                key[i] = steps[i].matches("\\d{1,6}") ? Integer.parseInt(steps[i]) : UNKNOWN;
                current = current.has("items") ? schema.resolve(current.get("items")) : null;
            } else if (current != null && current.has("properties")) {
                key[i] = rank(current.get("properties"), steps[i]);
                current = schema.property(current, steps[i]);
            } else {
                key[i] = UNKNOWN;
                current = null;
            }
        }
        return key;
    }

    private static int rank(JsonNode properties, String name) {
        int rank = 0;
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); rank++) {
            if (it.next().equals(name)) {
                return rank;
            }
        }
        return UNKNOWN;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
