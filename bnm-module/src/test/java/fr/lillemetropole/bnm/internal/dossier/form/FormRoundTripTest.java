package fr.lillemetropole.bnm.internal.dossier.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.Normalizer;

/** The seed's dossier typed into the form, page by page, as a browser submits it, gives the same JSON. */
class FormRoundTripTest {

    private final DossierSchema schema = DossierSchema.get();
    private final FormFields fields = new FormFields(schema);
    private final FormBinding binding = new FormBinding(fields);
    private final Normalizer normalizer = new Normalizer(schema);

    @Test
    void theSeedsDossierTypedPageByPageGivesTheSameJson() throws Exception {
        ObjectNode fixture = armentieres();
        ObjectNode typed = normalizer.normalize(new ObjectMapper().createObjectNode()
                .put("schemaVersion", 1).put("campaign", "ami-bnm-2022"));
        ((ArrayNode) typed.get("libraries")).add(normalizer.empty(schema.root().at("/$defs/library")));
        typed.set("objectives", new ObjectMapper().createArrayNode());
        for (fr.lillemetropole.bnm.internal.dossier.DossierSections.Section section : fr.lillemetropole.bnm.internal.dossier.DossierSections.of(fixture)) {
            for (String part : section.parts()) {
                Map<String, String[]> post = browserPost(fields.of(fixture, part, List.of()));
                typed = binding.apply(typed, part, post);
            }
        }
        JSONAssert.assertEquals(fixture.toString(), typed.toString(), JSONCompareMode.STRICT);
    }

    @Test
    void blankIsNullNcIsNcAndFrenchNumbersAreNumbers() {
        ObjectNode fixture = armentieres();
        Map<String, String[]> post = browserPost(fields.of(fixture, "/libraries/0", List.of()));
        post.put("/libraries/0/presentation/manager", new String[] {"   "});
        post.put("/libraries/0/team/fte", new String[] {"17,9"});
        post.put("/libraries/0/budget/physicalAcquisitions", new String[] {"45 150 €"});
        post.put("/libraries/0/budget/culturalActivities" + FormBinding.NC_SUFFIX, new String[] {"on"});
        post.put("/libraries/0/collections/books", new String[] {"beaucoup"});
        ObjectNode bound = binding.apply(fixture, "/libraries/0", post);
        ObjectNode library = (ObjectNode) bound.get("libraries").get(0);
        assertTrue(library.get("presentation").get("manager").isNull());
        assertEquals(17.9, library.get("team").get("fte").asDouble());
        assertEquals(45150, library.get("budget").get("physicalAcquisitions").asLong());
        assertEquals("NC", library.get("budget").get("culturalActivities").asText());
        assertEquals("beaucoup", library.get("collections").get("books").asText(), "kept for the schema to name it");
    }

    @Test
    void aForgedChoiceBeyondIntegersIsKeptForTheSchemaToRefuse() {
        ObjectNode fixture = armentieres();
        Map<String, String[]> post = browserPost(fields.of(fixture, "/objectives", List.of()));
        post.put("/objectives/0/importance", new String[] {"9223372036854775808"});
        ObjectNode bound = binding.apply(fixture, "/objectives", post);
        assertEquals("9223372036854775808", bound.at("/objectives/0/importance").asText());
        List<FieldError> errors = new fr.lillemetropole.bnm.internal.dossier.SchemaValidator(schema).validate(bound);
        assertTrue(errors.stream().anyMatch(e -> e.pointer().equals("/objectives/0/importance")), errors.toString());
    }

    @Test
    void errorsAreShownOnTheirField() {
        List<FieldView> views = fields.of(armentieres(), "/libraries/0", List.of(
                new FieldError("R15", "/libraries/0/collections/games", "« Jeux » est à renseigner."),
                FieldError.schema("/libraries/0/collections/books", "« Livres » doit être un nombre.")));
        FieldView games = views.stream().filter(v -> v.getName().equals("/libraries/0/collections")).findFirst()
                .orElseThrow().getChildren().stream().filter(v -> v.getName().endsWith("/games")).findFirst().orElseThrow();
        assertEquals(List.of("« Jeux » est à renseigner."), games.getTodos(), "a missing answer is to complete");
        assertFalse(games.isInvalid(), "not an error");
        assertTrue(games.getDescribedBy().contains(games.getTodoId()));
        FieldView books = views.stream().filter(v -> v.getName().equals("/libraries/0/collections")).findFirst()
                .orElseThrow().getChildren().stream().filter(v -> v.getName().endsWith("/books")).findFirst().orElseThrow();
        assertEquals(List.of("« Livres » doit être un nombre."), books.getErrors(), "a refused value is an error");
        assertEquals("f-libraries-0-collections-books-erreur", books.getErrorId());
        assertTrue(books.getDescribedBy().contains(books.getErrorId()));
        assertEquals("Nombre de jeux empruntables (société, vidéo...)", games.getLabel());
    }

    /** What a browser sends for these inputs as rendered: text values, checked boxes, the NC box. */
    static Map<String, String[]> browserPost(List<FieldView> views) {
        Map<String, String[]> post = new HashMap<>();
        for (FieldView view : views) {
            switch (view.kind()) {
                case GROUP, ROWS -> post.putAll(browserPost(view.getChildren()));
                case MULTI -> {
                    List<String> checked = new ArrayList<>();
                    view.getOptions().stream().filter(FieldView.Option::checked).forEach(o -> checked.add(o.value()));
                    if (!checked.isEmpty()) {
                        post.put(view.getName(), checked.toArray(new String[0]));
                    }
                }
                case CHOICE, YESNO -> view.getOptions().stream().filter(FieldView.Option::checked).findFirst()
                        .ifPresent(o -> post.put(view.getName(), new String[] {o.value()}));
                case QUANTITY -> {
                    post.put(view.getName(), new String[] {view.getValue()});
                    if (view.isNc()) {
                        post.put(view.getName() + FormBinding.NC_SUFFIX, new String[] {"on"});
                    }
                }
                default -> post.put(view.getName(), new String[] {view.getValue()});
            }
        }
        return post;
    }

    static ObjectNode armentieres() {
        try (InputStream in = FormRoundTripTest.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
