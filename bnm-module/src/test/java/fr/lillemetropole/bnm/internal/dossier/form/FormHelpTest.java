package fr.lillemetropole.bnm.internal.dossier.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.schema.Jargon;

/**
 * The form's help under a field is the schema's description of that field, never a developer's
 * note ($comment); labels, help and choices read as plain French.
 */
class FormHelpTest {

    private final DossierSchema schema = DossierSchema.get();
    private final FormFields fields = new FormFields(schema, fr.lillemetropole.bnm.testing.Dictionary.french());

    @Test
    void helpIsTheFieldsDescriptionAndNeverAComment() throws IOException {
        ObjectNode seed;
        try (InputStream in = FormHelpTest.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            seed = (ObjectNode) new ObjectMapper().readTree(in);
        }
        List<FieldView> shown = new ArrayList<>();
        schema.root().get("properties").fieldNames().forEachRemaining(name -> {
            if (!"libraries".equals(name)) {
                shown.addAll(all(fields.of(seed, "/" + name, List.of())));
            }
        });
        shown.addAll(all(fields.of(seed, "/libraries/0", List.of())));

        Map<String, String> wrong = new TreeMap<>();
        int helps = 0;
        for (FieldView field : shown) {
            JsonNode s = schema.at(field.getName());
            if (field.getHelp() != null) {
                helps++;
                if (!field.getHelp().equals(s.path("description").asText(null))) {
                    wrong.put(field.getName(), "help is not the description: " + field.getHelp());
                }
                if (field.getHelp().equals(s.path("$comment").asText(null))) {
                    wrong.put(field.getName(), "help is the $comment");
                }
            } else if (s.has("description") && !field.getName().matches(".*/\\d+")) {
                wrong.put(field.getName(), "the description is not shown");
            }
            List<String> words = new ArrayList<>(List.of(field.getLabel()));
            if (field.getHelp() != null) {
                words.add(field.getHelp());
            }
            field.getOptions().forEach(option -> words.add(option.label()));
            for (String text : words) {
                if (!Jargon.schema().in(text).isEmpty()) {
                    wrong.put(field.getName(), "« " + text + " »: " + Jargon.schema().in(text));
                }
            }
        }
        assertTrue(shown.size() > 150, "fields shown: " + shown.size());
        assertTrue(helps > 20, "help texts shown: " + helps);
        assertEquals(Map.of(), wrong);
    }

    private static List<FieldView> all(List<FieldView> fields) {
        List<FieldView> all = new ArrayList<>();
        for (FieldView field : fields) {
            all.add(field);
            all.addAll(all(field.getChildren()));
        }
        return all;
    }
}
