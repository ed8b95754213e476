package fr.lillemetropole.bnm.internal.dossier.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a person filling the dossier must never read, found in a text: null, true, false, a rule
 * code (R12), a developer note ($comment) or a JSON Schema keyword, a choice's code where its
 * label belongs ({@code planned_2024}, {@code ils}), a JSON property name ({@code networkMembership}).
 * Built from the schema file itself, read here without the production code.
 */
public final class Jargon {

    private static final Pattern LITERALS = Pattern.compile("(?i)\\b(null|true|false)\\b");
    private static final Pattern RULE = Pattern.compile("\\bR\\d{1,2}\\b");
    private static final List<String> KEYWORDS = List.of("$comment", "$ref", "$defs", "x-labels", "maxContains",
            "minContains", "minItems", "maxItems", "uniqueItems", "additionalProperties", "minLength", "maxLength",
            "enum", "const", "draft", "2020-12", "undefined", "NaN");
    private static final Jargon SCHEMA = new Jargon(load());

    /** A choice's code, with the words of its own label (a code that is one of them reads as French). */
    private final Map<String, Set<String>> codes = new LinkedHashMap<>();
    private final Set<String> properties = new HashSet<>();
    /** Every word of every title, description and label of the schema. */
    private final Set<String> french = new HashSet<>();
    private final List<String> comments = new ArrayList<>();

    private Jargon(JsonNode schema) {
        walk(schema, (key, node) -> {
            if (node.has("enum")) {
                Set<String> labelWords = new HashSet<>();
                node.path("x-labels").forEach(label -> labelWords.addAll(words(label.asText())));
                node.get("enum").forEach(code -> {
                    if (code.isTextual()) {
                        codes.computeIfAbsent(code.asText(), c -> new HashSet<>()).addAll(labelWords);
                    }
                });
            }
            if (node.has("const") && node.get("const").isTextual()) {
                codes.computeIfAbsent(node.get("const").asText(), c -> new HashSet<>());
            }
            node.path("properties").fieldNames().forEachRemaining(properties::add);
            for (String text : new String[] {"title", "description"}) {
                // the root's description is the contract's preface for developers, never shown
                if (node.path(text).isTextual() && !(key.isEmpty() && "description".equals(text))) {
                    french.addAll(words(node.get(text).asText()));
                }
            }
            node.path("x-labels").forEach(label -> french.addAll(words(label.asText())));
            if (node.path("$comment").isTextual()) {
                comments.add(node.get("$comment").asText());
            }
        });
    }

    public static Jargon schema() {
        return SCHEMA;
    }

    /** The jargon found in {@code text}, empty when it reads as plain French. */
    public List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher literal = LITERALS.matcher(text);
        while (literal.find()) {
            found.add(literal.group());
        }
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            found.add(rule.group());
        }
        Set<String> tokens = tokens(text);
        for (String keyword : KEYWORDS) {
            if (keyword.startsWith("$") || keyword.contains("-") ? text.contains(keyword) : tokens.contains(keyword)) {
                found.add(keyword);
            }
        }
        comments.stream().filter(text::contains).forEach(comment -> found.add("$comment: " + comment));
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.FRENCH);
            if (codes.containsKey(token) && !codes.get(token).contains(lower)) {
                found.add("code " + token);
            } else if (properties.contains(token) && !french.contains(lower)) {
                found.add("property " + token);
            }
        }
        return found;
    }

    /** Words as a code would stand in a sentence: letters, digits, "_" and "-" hold together ("ont-ils" is one). */
    static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}_$-]+").matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Plain words, lower case ("ont-ils" gives "ont" and "ils"). */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.FRENCH).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every schema object of the document, with the key it sits under. */
    static void walk(JsonNode node, BiConsumer<String, JsonNode> visit) {
        walk("", node, visit);
    }

    private static void walk(String key, JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            if (!"x-labels".equals(key) && !"examples".equals(key)) {
                visit.accept(key, node);
            }
            node.fields().forEachRemaining(field -> walk(field.getKey(), field.getValue(), visit));
        } else if (node.isArray()) {
            node.forEach(item -> walk(key, item, visit));
        }
    }

    static JsonNode load() {
        try (InputStream in = Jargon.class.getResourceAsStream("/schema/ami-dossier.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
