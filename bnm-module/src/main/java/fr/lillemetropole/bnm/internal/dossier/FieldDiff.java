package fr.lillemetropole.bnm.internal.dossier;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** The fields (scalars, or lists of scalars) where two versions of a part of the dossier differ. */
public final class FieldDiff {

    /** One differing field: its pointer, the stored value, the typed one. */
    public interface Visitor {
        void differs(String pointer, JsonNode theirs, JsonNode mine);
    }

    private FieldDiff() {}

    public static void leaves(JsonNode theirs, JsonNode mine, String pointer, Visitor visitor) {
        JsonNode a = theirs == null || theirs.isMissingNode() ? NullNode.getInstance() : theirs;
        JsonNode b = mine == null || mine.isMissingNode() ? NullNode.getInstance() : mine;
        if (a.isObject() || b.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                leaves(a.get(key), b.get(key), pointer + "/" + key, visitor);
            }
        } else if (isListOfObjects(a) || isListOfObjects(b)) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                leaves(a.get(i), b.get(i), pointer + "/" + i, visitor);
            }
        } else if (!same(a, b)) {
            visitor.differs(pointer, a, b);
        }
    }

    /** A value as the form shows it (« (vide) », « Oui », a choice's label), for messages and comparisons. */
    public static String shown(String pointer, JsonNode value) {
        return Messages.shown(pointer, value);
    }

    private static boolean isListOfObjects(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            if (it.next().isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
