package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FAQ: an editor's draft is invisible to anonymous by every URL until published, gone once unpublished;
 * scripts never survive an answer; search finds a word in another inflection; nobody else writes the FAQ.
 */
@ExtendWith(SharedPortal.class)
class FaqIT {

    private static final String EDITOR = "editeur.demo";
    private static final String PW = Portal.DEMO_PASSWORD;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-z0-9-]+)\"");
    private static final List<String> RENDERINGS = List.of(".json", ".infinity.json", ".xml", ".tidy.json", ".html");

    @Test
    void aDraftIsInvisibleUntilPublishedAndGoneOnceUnpublished(Portal portal) throws Exception {
        String question = "Qui reçoit la liseuse de démonstration ?";
        String id = create(portal, question, "<p>Une <strong>liseuse</strong> par bibliothèque partenaire.</p>");
        String publicPath = "/content/bnm/faq/outils/" + id;

        assertInvisible(portal, question, publicPath);
        assertTrue(portal.get("/content/bnm/redaction.html?e=" + id, EDITOR, PW).body().contains(question),
                "the editor sees the draft on « Rédaction »");

        assertEquals(200, portal.postJson("/bnm/api/v1/faq/entries/" + id + "/publish", EDITOR, PW, "{}").statusCode());
        assertTrue(portal.get("/bnm/api/v1/faq").body().contains(question));
        String page = portal.get("/content/bnm/faq.html").body();
        assertTrue(page.contains(question) && page.contains("id=\"" + id + "\""), "a <details> anchored by its id");
        assertEquals(200, portal.get(publicPath + ".json").statusCode());
        assertFalse(portal.get(publicPath + ".json").body().contains(EDITOR), "the public copy never names the editor");

        String edited = "Qui reçoit la liseuse de démonstration, et quand ?";
        assertEquals(200, portal.postJson("/bnm/api/v1/faq/entries/" + id, EDITOR, PW, "{\"category\":\"outils\","
                + "\"question\":\"" + edited + "\",\"answer\":\"Plus tard.\",\"tags\":\"\"}").statusCode());
        assertFalse(portal.get("/bnm/api/v1/faq").body().contains(edited), "an edit waits for its publication");

        assertEquals(200, portal.postJson("/bnm/api/v1/faq/entries/" + id + "/unpublish", EDITOR, PW, "{}")
                .statusCode());
        assertInvisible(portal, question, publicPath);
        String history = portal.get("/bnm/api/v1/faq/entries/" + id + "/history", EDITOR, PW).body();
        for (String action : List.of("created", "published", "edited", "unpublished")) {
            assertTrue(history.contains("\"" + action + "\""), history);
        }
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemovedAtSave(Portal portal) throws Exception {
        String id = create(portal, "Une réponse piégée est-elle nettoyée ?", "<p onmouseover=\\\"alert(1)\\\">Oui"
                + "<script>alert(2)</script><img src=x onerror=alert(3)>"
                + "<a href=\\\"javascript:alert(4)\\\">lien</a></p>");
        String stored = portal.get("/bnm/api/v1/faq/entries/" + id, EDITOR, PW).body();
        assertEquals(200, portal.postJson("/bnm/api/v1/faq/entries/" + id + "/publish", EDITOR, PW, "{}").statusCode());
        for (String where : List.of(stored, portal.get("/content/bnm/faq.html").body(),
                portal.get("/content/bnm/redaction.html?e=" + id, EDITOR, PW).body(),
                portal.get("/bnm/api/v1/faq").body())) {
            for (String forbidden : List.of("<script>alert", "onerror=", "onmouseover", "javascript:alert", "<img")) {
                assertFalse(where.contains(forbidden), forbidden);
            }
        }
        assertTrue(stored.contains("Oui"));
    }

    @Test
    void searchFindsAWordOfTheAnswerInAnotherInflection(Portal portal) throws Exception {
        String id = create(portal, "Combien de tablettes tactiles sont prêtées ?",
                "<p>Deux tablettes par bibliothèque, prêtées aux médiathécaires.</p>");
        assertEquals(200, portal.postJson("/bnm/api/v1/faq/entries/" + id + "/publish", EDITOR, PW, "{}").statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String found = "";
        while (System.nanoTime() < deadline) {
            found = portal.get("/content/bnm/faq.html?q=" + URLEncoder.encode("bibliothèques", StandardCharsets.UTF_8))
                    .body();
            if (found.contains("#" + id)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertTrue(found.contains("href=\"#" + id + "\""), "« bibliothèques » finds « bibliothèque »");
        String api = portal.get("/bnm/api/v1/faq/search?q=" + URLEncoder.encode("Tablette", StandardCharsets.UTF_8))
                .body();
        assertTrue(api.contains("\"" + id + "\""), api);
        assertFalse(portal.get("/bnm/api/v1/faq/search?q=zzzinconnu").body().contains("\"" + id + "\""));
    }

    @Test
    void theSeedIsPublished(Portal portal) throws Exception {
        String faq = portal.get("/bnm/api/v1/faq").body();
        for (String expected : List.of("double SSO", "recherche fédérée", "4 heures", "en 2025",
                "Quelles communes peuvent candidater", "SIGB")) {
            assertTrue(faq.contains(expected), expected);
        }
    }

    @Test
    void nobodyButEditorsReadsOrWritesTheEditorialCopy(Portal portal) throws Exception {
        create(portal, "Brouillon secret ?", "Rien.");
        for (String path : List.of("/var/bnm/editorial", "/var/bnm/editorial/faq", "/var/bnm/editorial/faq/outils")) {
            for (String rendering : RENDERINGS) {
                int anonymous = portal.get(path + rendering).statusCode();
                assertTrue(anonymous == 404 || anonymous == 403, path + rendering + " " + anonymous);
                for (String login : List.of("agent.demo", "instructeur.demo")) {
                    int status = portal.get(path + rendering, login, PW).statusCode();
                    assertTrue(status == 404 || status == 403, login + " " + path + rendering + " " + status);
                }
            }
        }
        assertFalse(portal.get("/content/bnm/faq.infinity.json").body().contains("Brouillon secret"));
        String query = "/bin/querybuilder.json?path=/var/bnm/editorial&fulltext=secret";
        assertFalse(portal.get(query, "agent.demo", PW).body().contains("Brouillon"));

        for (String target : List.of("/var/bnm/editorial/faq/outils/pirate", "/content/bnm/faq/outils/pirate",
                "/content/bnm/faq")) {
            int anonymous = Portal.browser().send(HttpRequest.newBuilder(portal.uri(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("bnm:question=pirate")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(anonymous >= 400, "anonymous POST " + target + " " + anonymous);
            for (String login : List.of("agent.demo", "instructeur.demo", EDITOR)) {
                int status = portal.postForm(target, login, PW, "bnm:question=pirate").statusCode();
                assertTrue(status >= 400, login + " POST " + target + " " + status);
            }
        }
        assertFalse(portal.get("/content/bnm/faq.infinity.json").body().contains("pirate"));

        String entry = "{\"category\":\"outils\",\"question\":\"Pirate ?\",\"answer\":\"Non.\",\"tags\":\"\"}";
        assertEquals(403, portal.postJson("/bnm/api/v1/faq/entries", "instructeur.demo", PW, entry).statusCode());
        assertEquals(403, portal.postJson("/bnm/api/v1/faq/entries", "agent.demo", PW, entry).statusCode());
        assertEquals(403, portal.postJson("/bnm/api/v1/faq/entries/qui/publish", "agent.demo", PW, "{}").statusCode());
        assertEquals(403, portal.get("/bnm/api/v1/faq/entries", "instructeur.demo", PW).statusCode());
        int anonymous = portal.get("/bnm/api/v1/faq/entries").statusCode();
        assertTrue(anonymous == 401 || anonymous == 403, "anonymous " + anonymous);
        assertFalse(portal.get("/content/bnm/redaction.html", "instructeur.demo", PW).body().contains("qui-recoit"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldInFrench(Portal portal) throws Exception {
        HttpResponse<String> response = portal.postJson("/bnm/api/v1/faq/entries", EDITOR, PW,
                "{\"category\":\"outils\",\"question\":\"\",\"answer\":\"<script>x</script>\",\"tags\":\"\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("La question est obligatoire."), response.body());
        assertTrue(response.body().contains("La réponse est obligatoire."), response.body());
    }

    private static String create(Portal portal, String question, String answer) throws Exception {
        HttpResponse<String> created = portal.postJson("/bnm/api/v1/faq/entries", EDITOR, PW,
                "{\"category\":\"outils\",\"question\":\"" + question + "\",\"answer\":\"" + answer
                        + "\",\"tags\":\"essai\"}");
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = ID.matcher(created.body());
        assertTrue(id.find(), created.body());
        return id.group(1);
    }

    private static void assertInvisible(Portal portal, String question, String publicPath) throws Exception {
        assertFalse(portal.get("/content/bnm/faq.html").body().contains(question), "page");
        assertFalse(portal.get("/bnm/api/v1/faq").body().contains(question), "API");
        assertFalse(portal.get("/content/bnm/faq.infinity.json").body().contains(question), ".infinity.json");
        assertFalse(portal.get("/content/bnm/faq.xml").body().contains(question), ".xml");
        for (String rendering : RENDERINGS) {
            int status = portal.get(publicPath + rendering).statusCode();
            assertTrue(status == 404 || status == 403, publicPath + rendering + " " + status);
        }
    }
}
