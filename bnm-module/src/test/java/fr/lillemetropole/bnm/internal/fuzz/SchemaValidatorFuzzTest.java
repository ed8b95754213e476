package fr.lillemetropole.bnm.internal.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

/** The schema judges any parsed document, raw or normalized, with well-formed errors and nothing thrown. */
class SchemaValidatorFuzzTest {

    @FuzzTest
    @DictionaryEntries({"\"NC\"", "null", "true", "1e309", "-1", "2100", "1000000000000", "\"https://\"", "\"2022-02-30\"",
        "\"@\"", "[]", "{}"})
    void validate(byte[] body) {
        JsonNode document = Pipeline.parse(body);
        if (document == null) {
            return;
        }
        Pipeline.assertWellFormed(Pipeline.VALIDATOR.validate(document));
        if (document.isObject()) {
            Pipeline.assertWellFormed(Pipeline.VALIDATOR.validate(Pipeline.NORMALIZER.normalize(document)));
        }
    }
}
