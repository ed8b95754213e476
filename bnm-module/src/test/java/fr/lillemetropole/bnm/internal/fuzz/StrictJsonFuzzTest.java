package fr.lillemetropole.bnm.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Any body: a documented refusal, or a document that prints and parses back equal and normalizes stably. */
class StrictJsonFuzzTest {

    /** 1e0 prints as 1 and reads back as the integer 1: the same number. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @FuzzTest
    @DictionaryEntries({"\"libraries\"", "\"NC\"", "1e309", "-0", "1E2", "\\u0000", "\\ud800", "null", "123456789012345678901234567890"})
    void parseThenNormalize(byte[] body) {
        JsonNode document = Pipeline.parse(body);
        if (document == null) {
            return;
        }
        JsonNode again = Pipeline.parse(document.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(again != null && document.equals(SAME_VALUE, again),
                "what is read prints back to the same document: " + document + " / " + again);
        if (document.isObject()) {
            ObjectNode normal = Pipeline.NORMALIZER.normalize(document);
            assertEquals(normal, Pipeline.NORMALIZER.normalize(normal), "the normal form is stable");
        }
    }
}
