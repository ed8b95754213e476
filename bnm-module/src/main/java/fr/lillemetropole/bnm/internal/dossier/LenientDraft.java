package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.dossier.PendingValue;
import fr.lillemetropole.bnm.internal.dossier.PendingInput.JsonPointers;

/**
 * The form's save: every value the schema accepts is stored; each refused one is put back to its
 * stored value (or emptied) and returned as typed with its error, so that one mistyped e-mail never
 * stops the rest of the page from being saved.
 */
final class LenientDraft {

    private static final int MAX_PASSES = 8;

    private final SchemaValidator validator;

    LenientDraft(SchemaValidator validator) {
        this.validator = validator;
    }

    /** What can be stored of {@code submitted}, and what was refused. */
    record Outcome(ObjectNode document, List<PendingValue> refused) {
    }

    Outcome apply(ObjectNode submitted, ObjectNode stored) throws InvalidRequestException {
        ObjectNode candidate = submitted.deepCopy();
        Map<String, PendingValue> refused = new LinkedHashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<FieldError> errors = validator.validate(candidate);
            if (errors.isEmpty()) {
                return new Outcome(candidate, new ArrayList<>(refused.values()));
            }
            for (FieldError error : errors) {
                String pointer = error.pointer();
                if (pointer.isEmpty()) {
                    throw new InvalidRequestException(errors);
                }
                if (refused.keySet().stream().noneMatch(p -> PendingInput.within(pointer, p)
                        || PendingInput.within(p, pointer))) {
                    JsonNode typed = submitted.at(pointer);
                    refused.put(pointer, new PendingValue(pointer, typed.isMissingNode() ? NullNode.getInstance()
                            : typed.deepCopy(), error.message()));
                }
                int tries = attempts.merge(pointer, 1, Integer::sum);
                String target = pointer;
                for (int i = 1; i < tries && !target.isEmpty(); i++) {
                    target = JsonPointers.parent(target);
                }
                if (target.isEmpty()) {
                    throw new InvalidRequestException(errors);
                }
                revert(candidate, stored, target);
            }
        }
        throw new InvalidRequestException(validator.validate(candidate));
    }

    /** Puts the stored value back at {@code pointer}; where nothing is stored, the field is emptied. */
    private static void revert(ObjectNode candidate, ObjectNode stored, String pointer) {
        JsonNode before = stored.at(pointer);
        if (!before.isMissingNode()) {
            JsonPointers.set(candidate, pointer, before.deepCopy());
        } else if (candidate.at(JsonPointers.parent(pointer)).isArray()) {
            JsonPointers.remove(candidate, pointer);
        } else {
            JsonPointers.set(candidate, pointer, NullNode.getInstance());
        }
    }
}
