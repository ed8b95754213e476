package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * An agent types the seed's dossier into the portal's pages, section by section, as a browser
 * without JavaScript would; the API then gives back exactly the seed's JSON.
 */
@ExtendWith(SharedPortal.class)
class DossierUiIT {

    private static final Pattern FIELD = Pattern.compile(
            "<(input|textarea)([^>]*?)name=\"(/[^\"]+)\"([^>]*)>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("type=\"([a-z]+)\"");
    private static final Pattern SECTION = Pattern.compile("href=\"[^\"]*&amp;s=([a-z0-9-]+)\"|href=\"[^\"]*&s=([a-z0-9-]+)\"");

    private final ObjectMapper json = new ObjectMapper();
    private Portal portal;
    private HttpClient browser;

    @BeforeEach
    void setUp(Portal portal) throws Exception {
        this.portal = portal;
        Tenancy.ensure(portal);
        HttpResponse<String> created = portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, Tenancy.PASSWORD,
                "{\"slug\":\"commune-ui\",\"name\":\"Commune UI\",\"kind\":\"commune\"}");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        created = portal.postJson("/bnm/api/v1/tenants/commune-ui/users", Tenancy.MEL_ADMIN, Tenancy.PASSWORD,
                Tenancy.account("agent.ui", "agent"));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        browser = Portal.browser();
        String form = "j_username=agent.ui&j_password=" + URLEncoder.encode(Tenancy.PASSWORD, StandardCharsets.UTF_8)
                + "&resource=%2Fcontent%2Fbnm%2Fespace-commune.html";
        browser.send(HttpRequest.newBuilder(portal.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSeedsDossierTypedThroughThePagesGivesTheSameJson() throws Exception {
        JsonNode fixture = json.readTree(fixture());
        String base = "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=commune-ui";
        String overview = page(base);
        assertTrue(overview.contains("Brouillon — non déposé"), "a new dossier is a draft");
        Set<String> sections = new LinkedHashSet<>();
        Matcher m = SECTION.matcher(overview);
        while (m.find()) {
            sections.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertTrue(sections.containsAll(List.of("presentation", "library-0", "motivation", "commitments", "objectives",
                "engagement", "signature")), sections.toString());

        for (String section : sections) {
            String html = page(base + "&s=" + section);
            String etag = hidden(html, ":etag");
            List<String[]> post = new ArrayList<>(List.of(new String[] {"c", "ami-bnm-2022"},
                    new String[] {"t", "commune-ui"}, new String[] {"s", section}, new String[] {":etag", etag},
                    new String[] {"_charset_", "UTF-8"}));
            post.addAll(typed(html, fixture));
            HttpResponse<String> saved = submit("/content/bnm/espace-commune/dossier.save.html", post);
            assertEquals(302, saved.statusCode(), section);
            assertEquals("ok: Enregistré.", Flashes.follow(portal, browser, saved, null), section);
        }

        HttpResponse<String> api = portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-ui", "agent.ui",
                Tenancy.PASSWORD);
        JSONAssert.assertEquals(fixture(), api.body(), JSONCompareMode.STRICT);
        String done = page(base);
        assertTrue(done.contains("Sections complètes : <strong>100 %</strong>"), "every section is ticked");
    }

    @Test
    void aBadValueIsShownNextToItsFieldAndNothingTypedIsLost() throws Exception {
        String base = "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=commune-ui";
        String html = page(base + "&s=presentation");
        List<String[]> post = new ArrayList<>(List.of(new String[] {"c", "ami-bnm-2022"},
                new String[] {"t", "commune-ui"}, new String[] {"s", "presentation"},
                new String[] {":etag", hidden(html, ":etag")}, new String[] {"_charset_", "UTF-8"},
                new String[] {"/electedOfficial/lastName", "Durand-Évêque"},
                new String[] {"/electedOfficial/email", "pas-une-adresse"}));
        HttpResponse<String> refused = submit("/content/bnm/espace-commune/dossier.save.html", post);
        assertTrue(Flashes.follow(portal, browser, refused, null).startsWith("error: Enregistré, sauf 1 champ(s)"));
        String location = refused.headers().firstValue("Location").orElse("");
        String again = page(location.substring(location.indexOf("/content/")));
        assertTrue(again.contains("value=\"Durand-Évêque\""), "the input is kept");
        JsonNode stored = json.readTree(portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-ui",
                "agent.ui", Tenancy.PASSWORD).body());
        assertEquals("Durand-Évêque", stored.at("/electedOfficial/lastName").asText(), "the valid value is saved");
        assertTrue(again.contains("value=\"pas-une-adresse\""), "even the wrong one");
        assertTrue(again.contains("id=\"f-electedOfficial-email-erreur\""), "the error sits next to its field");
        assertTrue(again.contains("f-electedOfficial-email-erreur\""), "and describes it");
        assertTrue(again.contains("n&#39;est pas une adresse e-mail valide") || again.contains("n'est pas une adresse e-mail valide"));
    }

    @Test
    void librariesAreAddedReorderedAndRemovedAndAJsonFileIsImported() throws Exception {
        String base = "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=commune-ui";
        page(base);
        JsonNode seed = json.readTree(fixture());
        HttpResponse<String> imported = submitMultipart("/content/bnm/espace-commune/dossier.import.html",
                Map.of("c", "ami-bnm-2022", "t", "commune-ui"), "fichier", "dossier-2021.json", fixture());
        assertEquals("ok: Dossier importé : vérifiez chaque section.", Flashes.follow(portal, browser, imported, null));
        JsonNode stored = json.readTree(portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-ui", "agent.ui",
                Tenancy.PASSWORD).body());
        assertEquals(seed.get("libraries"), stored.get("libraries"), "the import replaces the dossier");

        library("add", -1);
        library("add", -1);
        assertEquals(3, libraries().size());
        assertEquals(2021, libraries().get(1).get("dataYear").asInt(), "a new library starts with the data year");
        library("up", 1);
        assertTrue(libraries().get(0).get("presentation").get("name").isNull(), "the new library moved up");
        assertEquals("Médiathèque L'Albatros", libraries().get(1).get("presentation").get("name").asText());
        library("remove", 0);
        library("remove", 1);
        assertEquals(1, libraries().size());
        assertEquals("Médiathèque L'Albatros", libraries().get(0).get("presentation").get("name").asText());

        HttpResponse<String> refused = submitMultipart("/content/bnm/espace-commune/dossier.import.html",
                Map.of("c", "ami-bnm-2022", "t", "commune-ui"), "fichier", "faux.json", "{\"libraries\": \"non\"}");
        assertTrue(Flashes.follow(portal, browser, refused, null).startsWith("error: Import refusé"), "a bad file is refused");
        assertEquals(1, libraries().size(), "and changes nothing");
    }

    private void library(String op, int index) throws Exception {
        List<String[]> post = new ArrayList<>(List.of(new String[] {"c", "ami-bnm-2022"}, new String[] {"t", "commune-ui"},
                new String[] {"op", op}, new String[] {"i", Integer.toString(index)}));
        HttpResponse<String> response = submit("/content/bnm/espace-commune/dossier.library.html", post);
        assertTrue(Flashes.follow(portal, browser, response, null).startsWith("ok: "), op + " " + index);
    }

    private JsonNode libraries() throws Exception {
        return json.readTree(portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-ui", "agent.ui",
                Tenancy.PASSWORD).body()).get("libraries");
    }

    private HttpResponse<String> submitMultipart(String path, Map<String, String> fields, String fileField,
            String filename, String content) throws Exception {
        String boundary = "----bnm" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(filename).append("\"\r\nContent-Type: application/json\r\n\r\n")
                .append(content).append("\r\n--").append(boundary).append("--\r\n");
        return browser.send(HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What the agent types: each input of the page filled from the seed's value at its pointer. */
    private static List<String[]> typed(String html, JsonNode fixture) {
        List<String[]> post = new ArrayList<>();
        Map<String, Boolean> ncDone = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            String attributes = m.group(2) + " " + m.group(4);
            String name = m.group(3).replace("&#39;", "'");
            boolean nc = name.endsWith(":nc");
            String pointer = nc ? name.substring(0, name.length() - 3) : name;
            JsonNode value = fixture.at(pointer);
            Matcher t = TYPE.matcher(attributes);
            String type = "textarea".equals(m.group(1)) ? "textarea" : t.find() ? t.group(1) : "text";
            Matcher v = VALUE.matcher(attributes);
            String optionValue = v.find() ? v.group(1) : "";
            switch (type) {
                case "radio" -> {
                    if (text(value).equals(optionValue) && !optionValue.isEmpty()) {
                        post.add(new String[] {name, optionValue});
                    }
                }
                case "checkbox" -> {
                    if (nc) {
                        if (value.isTextual() && "NC".equals(value.asText()) && ncDone.put(name, true) == null) {
                            post.add(new String[] {name, "on"});
                        }
                    } else if (value.isArray()) {
                        for (JsonNode item : value) {
                            if (item.asText().equals(optionValue)) {
                                post.add(new String[] {name, optionValue});
                            }
                        }
                    }
                }
                case "textarea" -> post.add(new String[] {name, value.isArray() ? lines(value) : text(value)});
                default -> post.add(new String[] {name, value.isTextual() && "NC".equals(value.asText()) ? "" : text(value)});
            }
        }
        return post;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    private static String lines(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join("\n", items);
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(portal.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private HttpResponse<String> submit(String path, List<String[]> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String[] field : fields) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"(?: value=\"([^\"]*)\")?").matcher(html);
        return m.find() && m.group(1) != null ? m.group(1).replace("&#34;", "\"").replace("&quot;", "\"") : "";
    }

    private String origin() {
        String uri = portal.uri("").toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static String fixture() throws Exception {
        try (InputStream in = DossierUiIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
