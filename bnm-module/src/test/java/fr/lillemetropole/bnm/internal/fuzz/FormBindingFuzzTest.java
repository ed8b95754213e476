package fr.lillemetropole.bnm.internal.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormBinding;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.rules.DossierRules;

/**
 * A browser's post of any section page, with any values in its real fields (and fields it does not
 * have), is bound to the document, judged by the schema, shown back with its errors, and, when the
 * schema accepts it, checked by the rules: nothing throws (the servlet would answer « Erreur interne »).
 */
class FormBindingFuzzTest {

    private static final FormFields FIELDS = new FormFields(Pipeline.SCHEMA);
    private static final FormBinding BINDING = new FormBinding(FIELDS);
    private static final ObjectNode FIXTURE = Pipeline.NORMALIZER.normalize(Pipeline.fixture());
    private static final ObjectNode BLANK = Pipeline.NORMALIZER.normalize(JsonNodeFactory.instance.objectNode()
            .put("schemaVersion", 1).put("campaign", "ami-bnm-2022"));

    private static final String[] AWKWARD = {"", " ", "NC", "on", "true", "false", "0", "-0", "-1", "17,9", "45 150 €",
        "1e309", "1e-999999999", "99999999999", "2147483648", "9223372036854775808", "00012", "1 000 000 000 001",
        "other", "2021", "https://", "a@b", "2022-02-30", "\u0000", "\ud800", "\r\n\r\n"};

    @FuzzTest
    void post(FuzzedDataProvider data) {
        ObjectNode document = data.consumeBoolean() ? FIXTURE : BLANK;
        List<fr.lillemetropole.bnm.internal.dossier.DossierSections.Section> sections = fr.lillemetropole.bnm.internal.dossier.DossierSections.of(document);
        fr.lillemetropole.bnm.internal.dossier.DossierSections.Section section = sections.get(data.consumeInt(0, sections.size() - 1));
        List<FieldView> inputs = new ArrayList<>();
        for (String part : section.parts()) {
            FIELDS.of(document, part, List.of()).forEach(view -> collect(view, inputs));
        }
        Map<String, String[]> params = new HashMap<>();
        for (FieldView input : inputs) {
            if (data.consumeBoolean()) {
                params.put(input.getName(), new String[] {value(data, input)});
            }
            if (data.consumeBoolean()) {
                params.put(input.getName() + FormBinding.NC_SUFFIX, new String[] {value(data, input)});
            }
        }
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            params.put(data.consumeString(30), new String[] {data.consumeString(30)});
        }
        ObjectNode bound = document;
        for (String part : section.parts()) {
            bound = BINDING.apply(bound, part, params);
        }
        List<FieldError> errors = Pipeline.VALIDATOR.validate(bound);
        Pipeline.assertWellFormed(errors);
        for (String part : section.parts()) {
            FIELDS.of(bound, part, errors).forEach(FormBindingFuzzTest::render);
        }
        if (errors.isEmpty()) {
            JsonNode normal = Pipeline.NORMALIZER.normalize(bound);
            Pipeline.assertWellFormed(DossierRules.check(normal));
        }
    }

    private static void collect(FieldView view, List<FieldView> inputs) {
        inputs.add(view);
        view.getChildren().forEach(child -> collect(child, inputs));
    }

    /** One of the field's own choices, a value known to be awkward, or anything. */
    private static String value(FuzzedDataProvider data, FieldView input) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> input.getOptions().isEmpty() ? "" : input.getOptions()
                    .get(data.consumeInt(0, input.getOptions().size() - 1)).value();
            case 1 -> AWKWARD[data.consumeInt(0, AWKWARD.length - 1)];
            default -> data.consumeString(60);
        };
    }

    /** What the page's template reads of each field. */
    private static void render(FieldView view) {
        view.getValue();
        view.getOptions().forEach(FieldView.Option::label);
        view.getErrors();
        view.getChildren().forEach(FormBindingFuzzTest::render);
    }
}
