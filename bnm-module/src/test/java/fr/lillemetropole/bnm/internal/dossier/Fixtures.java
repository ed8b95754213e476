package fr.lillemetropole.bnm.internal.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The seed's dossier (shared/fixtures/armentieres-2022.json), a fresh copy each time. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static ObjectNode armentieres() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
