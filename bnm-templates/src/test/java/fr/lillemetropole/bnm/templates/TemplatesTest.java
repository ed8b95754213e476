package fr.lillemetropole.bnm.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Static checks of the shipped views and content, run without a server. */
class TemplatesTest {

    private static final Path ROOT = Path.of("src/main/resources/SLING-INF");
    private static final Path COMPONENTS = ROOT.resolve("apps/bnm/components");
    private static final Path ERROR_HANDLER = ROOT.resolve("apps-errorhandler");
    private static final Pattern I18N_KEY = Pattern.compile("'(bnm\\.[a-z.]+)'\\s*@\\s*i18n");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyI18nKeyUsedByAViewHasAFrenchMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path view : views()) {
            Matcher m = I18N_KEY.matcher(Files.readString(view, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Set<String> defined = new HashSet<>();
        JsonNode dictionary = json.readTree(ROOT.resolve("apps/bnm/i18n/fr.json").toFile());
        assertEquals("fr", dictionary.get("jcr:language").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = dictionary.fields(); it.hasNext();) {
            JsonNode entry = it.next().getValue();
            if (entry.isObject()) {
                assertFalse(entry.get("sling:message").asText().isBlank());
                defined.add(entry.get("sling:key").asText());
            }
        }
        assertFalse(used.isEmpty());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "keys without a French message: " + missing);
    }

    @Test
    void everyPageOfTheSiteHasAViewAndEveryViewExtendsThePageShell() throws IOException {
        JsonNode site = json.readTree(ROOT.resolve("content/content/bnm.json").toFile());
        Set<String> types = new TreeSet<>();
        collectTypes(site, types);
        for (String type : types) {
            String name = type.substring("bnm/components/".length());
            if (name.contains("/")) {
                continue; // items rendered by their list (faq/entry, workinggroups/group...)
            }
            assertTrue(Files.exists(COMPONENTS.resolve(name).resolve("content.html")), "no view for " + type);
            JsonNode component = json.readTree(COMPONENTS.resolve(name + ".json").toFile());
            assertEquals("bnm/components/page", component.path("sling:resourceSuperType").asText(), type);
        }
        assertTrue(Files.exists(COMPONENTS.resolve("page/page.html")));
    }

    @Test
    void thePageShellIsAccessibleFrenchHtml5() throws IOException {
        String page = Files.readString(COMPONENTS.resolve("page/page.html"), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        String shell = page + Files.readString(COMPONENTS.resolve("page/shell.html"), StandardCharsets.UTF_8);
        assertTrue(shell.contains("lang=\"fr\""));
        assertTrue(shell.contains("class=\"skip-link\" href=\"#contenu\""));
        assertTrue(shell.contains("<main id=\"contenu\""));
        assertTrue(shell.contains("aria-current"));
    }

    @Test
    void richTextIsOnlyEverWrittenInTheHtmlContextNeverUnescaped() throws IOException {
        for (Path view : views()) {
            String text = Files.readString(view, StandardCharsets.UTF_8);
            assertFalse(text.contains("context='unsafe'"), view + " writes unescaped markup");
        }
    }

    @Test
    void noViewNorContentCarriesWhatTheContentSecurityPolicyBlocks() throws IOException {
        Pattern blocked = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        List<Path> files = new java.util.ArrayList<>(views());
        files.add(ROOT.resolve("content/content/bnm.json"));
        for (Path file : files) {
            Matcher m = blocked.matcher(Files.readString(file, StandardCharsets.UTF_8));
            boolean found = m.find();
            assertFalse(found, () -> file + " has " + m.group() + ": inline script or style, blocked by the CSP");
        }
    }

    @Test
    void everyErrorPageHasAFrenchTitleAndExplanation() throws IOException {
        Set<String> defined = new HashSet<>();
        json.readTree(ROOT.resolve("apps/bnm/i18n/fr.json").toFile()).forEach(entry -> {
            if (entry.isObject()) {
                defined.add(entry.get("sling:key").asText());
            }
        });
        for (String status : List.of("400", "401", "403", "404", "405", "413", "500")) {
            assertTrue(defined.contains("bnm.error." + status + ".title"), status);
            assertTrue(defined.contains("bnm.error." + status + ".text"), status);
        }
        String handler = Files.readString(ERROR_HANDLER.resolve("default.html"), StandardCharsets.UTF_8);
        assertTrue(handler.contains("fr.lillemetropole.bnm.models.ErrorPage"));
        assertTrue(handler.contains("shell.header") && handler.contains("shell.footer"), "the portal's layout");
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(COMPONENTS), Files.walk(ERROR_HANDLER))) {
            return files.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
        }
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.has("sling:resourceType")) {
            types.add(node.get("sling:resourceType").asText());
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                collectTypes(e.getValue(), types);
            }
        });
    }
}
