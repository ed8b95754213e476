package fr.lillemetropole.bnm.internal.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.dossier.PendingValue;

/**
 * What the form could not store: each refused value as the agent typed it, with its French error,
 * by JSON pointer. Kept on the dossier ({@code bnm:pending}) until the field is saved again, so a
 * reload shows it; never part of the document.
 */
public final class PendingInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, PendingValue> values;

    private PendingInput(Map<String, PendingValue> values) {
        this.values = values;
    }

    public static PendingInput empty() {
        return new PendingInput(new LinkedHashMap<>());
    }

    public static PendingInput of(List<PendingValue> list) {
        PendingInput input = empty();
        list.forEach(value -> input.values.put(value.pointer(), value));
        return input;
    }

    /** Reads the stored form ({@code {"/pointer": {"value": …, "message": "…"}}}); unreadable means empty. */
    public static PendingInput parse(String stored) {
        PendingInput input = empty();
        if (stored == null || stored.isBlank()) {
            return input;
        }
        try {
            JsonNode tree = JSON.readTree(stored);
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                input.values.put(entry.getKey(), new PendingValue(entry.getKey(), entry.getValue().get("value"),
                        entry.getValue().path("message").asText()));
            }
        } catch (IOException e) {
            return empty();
        }
        return input;
    }

    public String serialize() {
        ObjectNode tree = JSON.createObjectNode();
        values.values().forEach(value -> tree.putObject(value.pointer()).put("message", value.message())
                .set("value", value.value() == null ? NullNode.getInstance() : value.value()));
        return tree.toString();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public List<PendingValue> values() {
        return List.copyOf(values.values());
    }

    /** The errors to show: one per refused value, on its field. */
    public List<FieldError> errors() {
        return values.values().stream().map(value -> FieldError.schema(value.pointer(), value.message())).toList();
    }

    /** The errors of a document with the refused values': a refused value replaces what a rule says of its field. */
    public List<FieldError> over(List<FieldError> documentErrors) {
        List<FieldError> refused = errors();
        List<FieldError> all = new ArrayList<>();
        for (FieldError error : documentErrors) {
            if (refused.stream().noneMatch(r -> r.pointer().equals(error.pointer()))) {
                all.add(error);
            }
        }
        all.addAll(refused);
        return all;
    }

    /**
     * The pending input after a save of the parts {@code scope} (JSON pointers; null = the whole
     * document): what was pending there is replaced by what this save refused.
     */
    public PendingInput replace(List<String> scope, List<PendingValue> refused) {
        Map<String, PendingValue> next = new LinkedHashMap<>();
        if (scope != null) {
            values.forEach((pointer, value) -> {
                if (scope.stream().noneMatch(part -> within(pointer, part))) {
                    next.put(pointer, value);
                }
            });
        }
        refused.forEach(value -> next.put(value.pointer(), value));
        return new PendingInput(next);
    }

    /** After library {@code removed} left the list: its entries go, the next libraries' move up. */
    public PendingInput removeLibrary(int removed) {
        return reindex(index -> index == removed ? -1 : index > removed ? index - 1 : index);
    }

    /** After libraries {@code a} and {@code b} swapped places. */
    public PendingInput swapLibraries(int a, int b) {
        return reindex(index -> index == a ? b : index == b ? a : index);
    }

    private PendingInput reindex(java.util.function.IntUnaryOperator move) {
        Map<String, PendingValue> next = new LinkedHashMap<>();
        values.forEach((pointer, value) -> {
            String[] parts = pointer.split("/", 4);
            if (parts.length >= 3 && "libraries".equals(parts[1]) && parts[2].matches("\\d{1,4}")) {
                int index = move.applyAsInt(Integer.parseInt(parts[2]));
                if (index >= 0) {
                    String moved = "/libraries/" + index + (parts.length == 4 ? "/" + parts[3] : "");
                    next.put(moved, new PendingValue(moved, value.value(), value.message()));
                }
            } else {
                next.put(pointer, value);
            }
        });
        return new PendingInput(next);
    }

    /** A copy of {@code document} showing the refused values where they were typed. */
    public ObjectNode overlay(ObjectNode document) {
        ObjectNode shown = document.deepCopy();
        for (PendingValue value : values.values()) {
            JsonPointers.set(shown, value.pointer(), value.value() == null ? NullNode.getInstance() : value.value());
        }
        return shown;
    }

    static boolean within(String pointer, String part) {
        return part.isEmpty() || pointer.equals(part) || pointer.startsWith(part + "/");
    }

    /** Pointers into a JSON tree. */
    static final class JsonPointers {
        private JsonPointers() {}

        /** Sets the value at {@code pointer} when its parent exists; returns whether it did. */
        static boolean set(JsonNode root, String pointer, JsonNode value) {
            int slash = pointer.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent.isObject()) {
                ((ObjectNode) parent).set(last, value);
                return true;
            }
            if (parent.isArray() && last.matches("\\d{1,4}") && Integer.parseInt(last) < parent.size()) {
                ((ArrayNode) parent).set(Integer.parseInt(last), value);
                return true;
            }
            return false;
        }

        /** Removes the value at {@code pointer} (an array entry or an object's key). */
        static void remove(JsonNode root, String pointer) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent.isObject()) {
                ((ObjectNode) parent).remove(last);
            } else if (parent.isArray() && last.matches("\\d{1,4}") && Integer.parseInt(last) < parent.size()) {
                ((ArrayNode) parent).remove(Integer.parseInt(last));
            }
        }

        static String parent(String pointer) {
            int slash = pointer.lastIndexOf('/');
            return slash <= 0 ? "" : pointer.substring(0, slash);
        }

        static List<String> prefixes(String pointer) {
            List<String> prefixes = new ArrayList<>();
            for (String p = pointer; !p.isEmpty(); p = parent(p)) {
                prefixes.add(p);
            }
            return prefixes;
        }
    }
}
