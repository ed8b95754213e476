package fr.lillemetropole.bnm.internal.dossier.rules;

import static fr.lillemetropole.bnm.internal.dossier.rules.DossierRulesTest.lib;
import static fr.lillemetropole.bnm.internal.dossier.rules.DossierRulesTest.obj;
import static fr.lillemetropole.bnm.internal.dossier.rules.DossierRulesTest.objective;
import static fr.lillemetropole.bnm.internal.dossier.rules.DossierRulesTest.pres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;

/**
 * A rule's message names its field by the schema's title (first of the words expected, between « »)
 * and its choices by the schema's labels, read here straight from the schema file: one rule or
 * more of each rules class.
 */
class RuleMessagesTest {

    private static final String LIBRARY = "/$defs/library/properties/";

    static Stream<Arguments> messages() {
        return Stream.of(
                // ApplicantRules
                says("R6", "/electedOfficial/delegation", d -> obj(d, "electedOfficial").putNull("delegation"),
                        title("/properties/electedOfficial/properties/delegation"),
                        title("/properties/electedOfficial")),
                says("R7", "/projectLead/email", d -> obj(d, "projectLead").putNull("email"),
                        title("/properties/projectLead/properties/email")),
                says("R2", "/applicant/network", d -> obj(d, "applicant").putObject("network"),
                        title("/properties/applicant/properties/network"),
                        label("/properties/applicant/properties/kind", "commune")),
                says("R9", "/validation/number", d -> obj(d, "validation").put("mode", "deliberation")
                                .put("date", "2022-09-30"),
                        title("/properties/validation/properties/number")),
                // LibraryRules
                says("R11", "/libraries/0/presentation/manager", d -> pres(d).putNull("manager"),
                        title(LIBRARY + "presentation/properties/manager")),
                says("R13", "/libraries/0/presentation/networkName", d -> pres(d).put("networkName", "Lys"),
                        title(LIBRARY + "presentation/properties/networkName"),
                        title(LIBRARY + "presentation/properties/networkMembership"),
                        label(LIBRARY + "presentation/properties/networkMembership", "none")),
                says("R14", "/libraries/0/presentation/managementOther", d -> pres(d).put("managementOther", "x"),
                        title(LIBRARY + "presentation/properties/managementOther"),
                        label(LIBRARY + "presentation/properties/management", "direct")),
                says("R26", "/libraries/0/melLinks/libre2lire", d -> obj(lib(d), "melLinks").putNull("libre2lire"),
                        title(LIBRARY + "melLinks/properties/libre2lire")),
                // FigureRules
                says("R15", "/libraries/0/collections/games", d -> obj(lib(d), "collections").putNull("games"),
                        title(LIBRARY + "collections/properties/games")),
                says("R16", "/libraries/0/team/fte", d -> obj(lib(d), "team").put("fte", "NC"),
                        title(LIBRARY + "team/properties/fte")),
                says("R18", "/libraries/0/audience", d -> obj(lib(d), "audience").put("adults", 3000),
                        title(LIBRARY + "audience/properties/adults"), title(LIBRARY + "audience/properties/youth"),
                        title(LIBRARY + "audience/properties/activeBorrowers")),
                // EngagementRules
                says("R28", "/commitments/ils", d -> obj(d, "commitments").putNull("ils"),
                        title("/properties/commitments/properties/ils")),
                says("R28", "/commitments/keepCompatibleIls/software",
                        d -> obj(obj(d, "commitments"), "keepCompatibleIls").put("software", "pmb"),
                        title("/properties/commitments/properties/keepCompatibleIls/properties/software"),
                        label("/$defs/commitmentChoice", "yes")),
                says("R30", "/objectives/1/objective", d -> objective(d, 1).put("objective", "modernise_library"),
                        title("/$defs/objectiveKind")),
                says("R32", "/objectives/0/otherText", d -> objective(d, 0).put("otherText", "x"),
                        title("/properties/objectives/items/properties/otherText"),
                        label("/$defs/objectiveKind", "other")),
                says("R31", "/objectives/2/importance", d -> objective(d, 2).put("importance", 2),
                        title("/properties/objectives/items/properties/importance"),
                        label("/properties/objectives/items/properties/importance", "3")),
                says("R34", "/signature/place", d -> obj(d, "signature").putNull("place"),
                        title("/properties/signature/properties/place"), title("/properties/signature")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("messages")
    void theMessageNamesTheFieldByItsTitleAndChoicesByTheirLabels(String rule, String pointer,
            Consumer<ObjectNode> change, List<String> words) {
        ObjectNode dossier = DossierRulesTest.armentieres();
        change.accept(dossier);
        List<FieldError> errors = DossierRules.check(dossier);
        FieldError error = errors.stream().filter(e -> e.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(pointer + " not in " + errors));
        assertEquals(rule, error.rule());
        assertTrue(error.message().contains("« " + words.get(0) + " »"), words.get(0) + " not in: " + error.message());
        for (String word : words) {
            assertTrue(error.message().contains(word), word + " not in: " + error.message());
        }
        assertFalse(error.message().contains(rule), error.message());
    }

    private static Arguments says(String rule, String pointer, Consumer<ObjectNode> change, String... words) {
        return Arguments.of(rule, pointer, change, List.of(words));
    }

    private static String title(String schemaPath) {
        return text(DossierSchema.get().root().at(schemaPath + "/title"), schemaPath);
    }

    private static String label(String schemaPath, String choice) {
        return text(DossierSchema.get().root().at(schemaPath + "/x-labels/" + choice), schemaPath + " " + choice);
    }

    private static String text(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("the schema has no text at " + where);
        }
        return node.asText();
    }
}
