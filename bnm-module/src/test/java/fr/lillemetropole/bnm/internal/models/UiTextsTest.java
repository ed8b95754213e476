package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.testing.Dictionary;

/**
 * One source for the UI's words: every dictionary key the templates and the Java code use is in
 * fr.json, and no template writes French outside an i18n expression.
 */
class UiTextsTest {

    static final Path TEMPLATES = Path.of("../bnm-templates/src/main/resources/SLING-INF");
    static final Path JAVA = Path.of("src/main/java");
    static final Path MODELS = JAVA.resolve("fr/lillemetropole/bnm/internal/models");
    /** A key in a template ('bnm.dossier.save') or a key pattern ('bnm.role.{0}'). */
    private static final Pattern HTL_KEY = Pattern.compile("'(bnm\\.[^'\\s]*)'");
    /** A key in Java ("bnm.yes") or a key prefix ("bnm.status."); "bnm:…" names are JCR names, not keys. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"(bnm\\.[^\"\\s]*)\"");
    /** Journal action codes as the services write them ("dossier.sign"). */
    private static final Pattern ACTION_CODE = Pattern.compile("\"((?:tenant|user|dossier)(?:\\.[a-z]+)+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(?:'[^']*'|\"[^\"]*\"|[^}'\"])*}");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern SHOWN_ATTRIBUTE =
            Pattern.compile("\\s(title|alt|aria-label|placeholder)=\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Not words to translate: an e-mail address (« bnm@lillemetropole.fr »). */
    private static final Pattern NOT_WORDS = Pattern.compile("\\s*[\\w.-]+@[\\w.-]+\\s*");
    /** Words people read: a capital first ('Réseau', 'Actif') or an accented letter; codes are lower-case ASCII. */
    private static final Pattern WORDS = Pattern.compile("^\\p{Lu}.*|.*[\\p{L}&&[^\\p{ASCII}]].*", Pattern.DOTALL);
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void everyKeyTheTemplatesUseIsInTheDictionary() throws IOException {
        Map<String, List<String>> missing = new TreeMap<>();
        int keys = 0;
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher key = HTL_KEY.matcher(Files.readString(file));
            while (key.find()) {
                keys++;
                check(key.group(1).contains("{0}") ? key.group(1).replace("{0}", "") : key.group(1), missing,
                        TEMPLATES.relativize(file).toString());
            }
        }
        assertTrue(keys > 100, "keys found in the templates: " + keys);
        assertEquals(Map.of(), missing);
    }

    @Test
    void everyKeyTheJavaCodeUsesIsInTheDictionary() throws IOException {
        Map<String, List<String>> missing = new TreeMap<>();
        int keys = 0;
        for (Path file : files(JAVA, ".java")) {
            Matcher key = JAVA_KEY.matcher(Files.readString(file));
            while (key.find()) {
                if (!NOT_KEYS.contains(key.group(1))) {
                    keys++;
                    check(key.group(1), missing, file.getFileName().toString());
                }
            }
        }
        assertTrue(keys > 10, "keys found in the Java code: " + keys);
        assertEquals(Map.of(), missing);
    }

    @Test
    void everyJournalActionHasItsLabel() throws IOException {
        Set<String> unlabelled = new TreeSet<>();
        for (Path file : files(JAVA, ".java")) {
            Matcher code = ACTION_CODE.matcher(Files.readString(file));
            while (code.find()) {
                if (!Labels.ACTIONS.contains(code.group(1))) {
                    unlabelled.add(code.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertEquals(Set.of(), unlabelled, "add them to Labels.ACTIONS and the dictionary (bnm.action.…)");
    }

    @Test
    void noTemplateWritesFrenchOutsideI18n() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String name = TEMPLATES.relativize(file).toString();
            String html = SCRIPT.matcher(COMMENT.matcher(Files.readString(file)).replaceAll("")).replaceAll("");
            Matcher expression = EXPRESSION.matcher(html);
            while (expression.find()) {
                Matcher literal = LITERAL.matcher(expression.group());
                while (literal.find()) {
                    String text = literal.group(1);
                    if (!text.startsWith("bnm.") && WORDS.matcher(text).matches()) {
                        found.add(name + ": '" + text + "' in " + expression.group());
                    }
                }
            }
            String plain = EXPRESSION.matcher(html).replaceAll("");
            Matcher text = TEXT_NODE.matcher(plain);
            while (text.find()) {
                if (LETTER.matcher(text.group(1)).find() && !NOT_WORDS.matcher(text.group(1)).matches()) {
                    found.add(name + ": text « " + text.group(1).strip() + " »");
                }
            }
            Matcher attribute = SHOWN_ATTRIBUTE.matcher(plain);
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find()) {
                    found.add(name + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "write them in fr.json and show them with ${'bnm.…' @ i18n}");
    }

    @Test
    void theCheckFindsFrenchWrittenInATemplate() {
        String html = "<td>${tenant.kind == 'network' ? 'Réseau' : 'Commune'}</td><p>Bonjour ${name}</p><p>${a} › ${b}</p>";
        String plain = EXPRESSION.matcher(html).replaceAll("");
        Matcher text = TEXT_NODE.matcher(plain);
        List<String> texts = new ArrayList<>();
        while (text.find()) {
            if (LETTER.matcher(text.group(1)).find()) {
                texts.add(text.group(1).strip());
            }
        }
        assertEquals(List.of("Bonjour"), texts);
        Matcher expression = EXPRESSION.matcher(html);
        assertTrue(expression.find());
        List<String> words = LITERAL.matcher(expression.group()).results().map(r -> r.group(1))
                .filter(t -> WORDS.matcher(t).matches()).toList();
        assertEquals(List.of("Réseau", "Commune"), words);
        assertTrue(Stream.of("network", "status status--{0}", " — ", ", ").noneMatch(t -> WORDS.matcher(t).matches()));
    }

    /** A rough guard on the page models: no string with an accented letter (French words belong in fr.json). */
    @Test
    void thePageModelsWriteNoFrench() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(MODELS, ".java")) {
            for (String line : Files.readAllLines(file)) {
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/") || code.startsWith("LOG.")) {
                    continue;
                }
                Matcher string = JAVA_STRING.matcher(code);
                while (string.find()) {
                    if (string.group(1).chars().anyMatch(c -> c > 127 && Character.isLetter(c))) {
                        found.add(file.getFileName() + ": " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Java strings that start like keys but name something else. */
    private static final Set<String> NOT_KEYS = Set.of("bnm.flash", "bnm.session");

    /**
     * Keys made of a prefix and a code: every code the portal may look up. A prefix used without its
     * family here fails the tests, so that a new family comes with its codes.
     */
    private static Map<String, Set<String>> families() {
        Set<String> statuses = Arrays.stream(DossierStatus.values()).map(DossierStatus::code)
                .collect(Collectors.toCollection(TreeSet::new));
        statuses.add(Labels.NO_DOSSIER);
        Set<String> sections = Arrays.stream(DossierSections.Group.values())
                .filter(group -> group != DossierSections.Group.DOSSIER).map(DossierSections.Group::id)
                .collect(Collectors.toSet());
        Set<String> errors = ErrorPageImpl.WORDED.stream().flatMap(status -> Stream.of(status + ".title",
                status + ".text")).collect(Collectors.toSet());
        Set<String> moves = Set.of("in_review", "accepted", "rejected", "returned");
        Map<String, Set<String>> families = new java.util.HashMap<>(Map.of(Labels.STATUS, statuses, Labels.ROLE,
                Labels.ROLES, Labels.KIND, Labels.KINDS,
                Labels.ACTION, Labels.ACTIONS, "bnm.section.", sections, "bnm.error.", errors,
                "bnm.move.", moves, "bnm.queue.tab.", fr.lillemetropole.bnm.internal.instruction.ReviewQueue.TABS.keySet()));
        families.put("bnm.directory.service.", Set.copyOf(fr.lillemetropole.bnm.internal.directory.PublicLibrary.SERVICES));
        families.put("bnm.directory.commitment.",
                Set.copyOf(fr.lillemetropole.bnm.internal.directory.PublicLibrary.COMMITMENTS));
        // the FAQ's editorial states, history actions and fields (FaqEditorPageImpl)
        families.put("bnm.faq.status.", Set.of("draft", "published", "unpublished"));
        families.put("bnm.faq.history.", Set.of("created", "edited", "published", "unpublished", "moved"));
        families.put("bnm.faq.field.", Set.of("question", "answer", "category", "tags"));
        return families;
    }

    private static void check(String key, Map<String, List<String>> missing, String where) {
        Set<String> dictionary = Dictionary.french().keySet();
        if (key.endsWith(".")) {
            Set<String> codes = families().get(key);
            if (codes == null) {
                missing.computeIfAbsent(key + "* (a key prefix with no family in UiTextsTest)",
                        k -> new ArrayList<>()).add(where);
                return;
            }
            for (String code : codes) {
                if (!dictionary.contains(key + code)) {
                    missing.computeIfAbsent(key + code, k -> new ArrayList<>()).add(where);
                }
            }
        } else if (!dictionary.contains(key)) {
            missing.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
