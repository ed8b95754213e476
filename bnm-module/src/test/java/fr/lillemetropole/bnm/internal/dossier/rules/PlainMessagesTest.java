package fr.lillemetropole.bnm.internal.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.Normalizer;
import fr.lillemetropole.bnm.internal.dossier.SchemaValidator;
import fr.lillemetropole.bnm.internal.dossier.schema.Jargon;

/**
 * No word of the schema a person reads (titles, help) and no message the validator or the rules
 * can give speaks jargon ({@link Jargon}): the seed's dossier, as a commune and as a network, is
 * broken field by field in every way a value can be wrong, and every message is read.
 */
class PlainMessagesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONG = 7000;
    /** What a network's dossier has of its own: the network, its libraries' presentation, its signatures. */
    private static final String NETWORK_PARTS = "/applicant.*|/libraries(/\\d+(/presentation.*)?)?|/signature.*";

    private final DossierSchema schema = DossierSchema.get();
    private final SchemaValidator validator = new SchemaValidator(schema);
    private final Normalizer normalizer = new Normalizer(schema);
    private final Jargon jargon = Jargon.schema();

    @Test
    void theSchemasTitlesAndHelpArePlainFrench() {
        Map<String, List<String>> found = new TreeMap<>();
        int[] read = {0};
        texts(schema.root(), "", (pointer, text) -> {
            read[0]++;
            if (!jargon.in(text).isEmpty()) {
                found.put(pointer + " « " + text + " »", jargon.in(text));
            }
        });
        assertTrue(read[0] > 200, "titles and help read: " + read[0]);
        assertEquals(Map.of(), found);
    }

    @Test
    void noMessageOnABrokenDossierIsJargon() throws IOException {
        Set<String> messages = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        Consumer<JsonNode> read = document -> {
            validator.validate(document).forEach(e -> messages.add(e.message()));
            for (FieldError error : DossierRules.check(normalizer.normalize(document))) {
                messages.add(error.message());
                rules.add(error.rule());
            }
        };
        for (ObjectNode base : List.of(DossierRulesTest.armentieres(), DossierRulesTest.network(true),
                DossierRulesTest.network(false))) {
            base = normalizer.normalize(base);
            boolean network = "network".equals(base.at("/applicant/kind").asText());
            for (String pointer : pointers(base, "")) {
                if (network && !pointer.matches(NETWORK_PARTS)) {
                    continue; // the rest of a network's dossier is a commune's
                }
                for (JsonNode wrong : wrongValues(base.at(pointer), pointer, !network)) {
                    read.accept(with(base, pointer, wrong));
                }
            }
        }
        blankDossiers().forEach(read);

        Set<String> everyRule = new TreeSet<>();
        IntStream.rangeClosed(1, 35).forEach(i -> everyRule.add("R" + i));
        assertEquals(everyRule, rules, "the broken dossiers break every rule");
        assertTrue(messages.size() > 300, "distinct messages read: " + messages.size());
        Files.write(Path.of("target", "plain-messages.txt"), messages);
        Map<String, List<String>> found = new TreeMap<>();
        messages.stream().filter(m -> !jargon.in(m).isEmpty()).forEach(m -> found.put(m, jargon.in(m)));
        assertEquals(Map.of(), found);
    }

    /**
     * Every wrong value a field can receive: unanswered, blank, of another type, out of range; a
     * choice, its own or any of the schema (a free text is not given codes: messages may quote it).
     */
    private List<JsonNode> wrongValues(JsonNode current, String pointer, boolean everyCode) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("   "),
                NODES.textNode("abc"), NODES.textNode("NC"), NODES.textNode("ftp://exemple.fr"),
                NODES.textNode("2022-13-45"), NODES.textNode("a".repeat(LONG)), NODES.numberNode(-1),
                NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(2), NODES.numberNode(3),
                NODES.numberNode(1.5), NODES.numberNode(2100), NODES.numberNode(99_999_999), NODES.booleanNode(true),
                NODES.booleanNode(false), NODES.objectNode(), NODES.arrayNode()));
        JsonNode field = schema.at(pointer);
        JsonNode choices = field == null ? null : field.has("enum") ? field.get("enum")
                : field.has("items") ? schema.resolve(field.get("items")).get("enum") : null;
        if (choices != null) {
            (everyCode ? allCodes() : codes(choices)).forEach(code -> values.add(current.isArray()
                    ? NODES.arrayNode().add(code) : NODES.textNode(code)));
        }
        if (current.isArray() && current.size() > 0) {
            values.add(((ArrayNode) current.deepCopy()).add(current.get(0).deepCopy()));
            values.add(((ArrayNode) current.deepCopy()).add(current.get(0).isObject() ? NODES.objectNode()
                    : NODES.textNode("abc")));
            ArrayNode fewer = current.deepCopy();
            fewer.remove(0);
            values.add(fewer);
        }
        return values;
    }

    /** Every string choice of the schema, each field's and the others'. */
    private Set<String> allCodes() {
        Set<String> codes = new LinkedHashSet<>();
        collectCodes(schema.root(), codes);
        return codes;
    }

    private static Set<String> codes(JsonNode choices) {
        Set<String> codes = new LinkedHashSet<>();
        choices.forEach(code -> {
            if (code.isTextual()) {
                codes.add(code.asText());
            }
        });
        return codes;
    }

    private static void collectCodes(JsonNode node, Set<String> codes) {
        if (node.isObject()) {
            node.path("enum").forEach(code -> {
                if (code.isTextual()) {
                    codes.add(code.asText());
                }
            });
            node.forEach(child -> collectCodes(child, codes));
        } else if (node.isArray()) {
            node.forEach(child -> collectCodes(child, codes));
        }
    }

    /** Dossiers that answer nothing, then with a kind, one blank library and three blank objectives. */
    private List<JsonNode> blankDossiers() {
        List<JsonNode> blanks = new ArrayList<>();
        for (String kind : new String[] {null, "commune", "network"}) {
            ObjectNode blank = normalizer.normalize(NODES.objectNode().put("schemaVersion", 1)
                    .put("campaign", "ami-bnm-2022"));
            blanks.add(blank.deepCopy());
            ((ObjectNode) blank.get("applicant")).put("kind", kind);
            ((ArrayNode) blank.get("libraries")).add(normalizer.empty(schema.root().at("/$defs/library")));
            for (int i = 0; i < 3; i++) {
                ((ArrayNode) blank.get("objectives"))
                        .add(normalizer.empty(schema.root().at("/properties/objectives/items")));
            }
            blanks.add(blank);
        }
        return blanks;
    }

    /** The pointers of every value of a document, containers included, root excluded. */
    static List<String> pointers(JsonNode node, String pointer) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                pointers.add(pointer + "/" + field.getKey());
                pointers.addAll(pointers(field.getValue(), pointer + "/" + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                pointers.addAll(pointers(node.get(i), pointer + "/" + i));
            }
        }
        return pointers;
    }

    /** A copy of the document with the value at a pointer replaced. */
    static ObjectNode with(ObjectNode document, String pointer, JsonNode value) {
        ObjectNode copy = document.deepCopy();
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    /** Every title and description of the schema but the root's description (a preface for developers). */
    private static void texts(JsonNode node, String pointer, java.util.function.BiConsumer<String, String> visit) {
        if (node.isObject()) {
            if (node.path("title").isTextual()) {
                visit.accept(pointer + "/title", node.get("title").asText());
            }
            if (!pointer.isEmpty() && node.path("description").isTextual()) {
                visit.accept(pointer + "/description", node.get("description").asText());
            }
            node.fields().forEachRemaining(f -> texts(f.getValue(), pointer + "/" + f.getKey(), visit));
        } else if (node.isArray()) {
            IntStream.range(0, node.size()).forEach(i -> texts(node.get(i), pointer + "/" + i, visit));
        }
    }
}
