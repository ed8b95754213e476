package fr.lillemetropole.bnm.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.api.StrictJson;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.Normalizer;
import fr.lillemetropole.bnm.internal.dossier.SchemaValidator;

/**
 * The path of a dossier body through the portal, as the fuzz tests drive it: strict parse, then
 * (as DossiersImpl.save) an object the schema accepts, in normal form. A refusal must be a
 * documented one: an InvalidRequestException (400 or 413) whose errors each carry a pointer and a
 * French message; anything else thrown is a finding.
 */
final class Pipeline {

    static final DossierSchema SCHEMA = DossierSchema.get();
    static final SchemaValidator VALIDATOR = new SchemaValidator(SCHEMA);
    static final Normalizer NORMALIZER = new Normalizer(SCHEMA);

    private Pipeline() {}

    /** The strictly parsed body, or null when it was refused as documented. */
    static JsonNode parse(byte[] body) {
        try {
            return StrictJson.DEFAULT.parse(body);
        } catch (InvalidRequestException e) {
            assertTrue(e.getStatus() == 400 || e.getStatus() == 413, "status " + e.getStatus());
            assertWellFormed(e.getErrors());
            assertFalse(e.getErrors().isEmpty());
            return null;
        }
    }

    /** What save() stores: the normal form of an object the schema accepts; null for a document it refuses. */
    static ObjectNode accepted(JsonNode document) {
        if (document == null || !document.isObject()) {
            return null;
        }
        List<FieldError> errors = VALIDATOR.validate(document);
        assertWellFormed(errors);
        return errors.isEmpty() ? NORMALIZER.normalize(document) : null;
    }

    static void assertWellFormed(List<FieldError> errors) {
        for (FieldError error : errors) {
            assertNotNull(error.rule());
            assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), error.toString());
            assertFalse(error.message().isBlank(), error.toString());
        }
    }

    static ObjectNode fixture() {
        try (InputStream in = Pipeline.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return (ObjectNode) StrictJson.DEFAULT.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException(e);
        }
    }
}
