package fr.lillemetropole.bnm.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.CanonicalJson;
import fr.lillemetropole.bnm.internal.dossier.Completeness;
import fr.lillemetropole.bnm.internal.dossier.rules.DossierRules;

/** Rules R1-R35, completeness and the canonical hash on any dossier save() would store. */
class DossierRulesFuzzTest {

    @FuzzTest
    @DictionaryEntries({"\"NC\"", "null", "true", "false", "0", "-0", "1E2", "0.5", "2021", "2022", "\"other\"", "[]"})
    void check(byte[] body) {
        ObjectNode normal = Pipeline.accepted(Pipeline.parse(body));
        if (normal == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>(Pipeline.VALIDATOR.validate(normal));
        List<FieldError> broken = DossierRules.check(normal);
        Pipeline.assertWellFormed(broken);
        errors.addAll(broken);
        Completeness.percent(Completeness.report(errors));
        assertEquals(64, CanonicalJson.sha256(normal).length());
    }
}
