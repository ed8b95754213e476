package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Errors say nothing of the server (product, versions, request processing, exceptions), in French
 * and in the portal's layout; health details are for Sling admins; every page carries the CSP; a
 * file stored under /content by an editor is downloaded, never run on the portal's origin.
 */
@ExtendWith(SharedPortal.class)
class QuietErrorsIT {

    private static final List<String> TELLTALES = List.of("Sling", "jetty", "Jetty", "OpenJDK", "Linux", "Exception",
            "RequestProgress", "TIMER", "Request Progress");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aMissingPageIsAFrenchPageInThePortalsLayout(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/content/bnm/nulle-part.html");
        assertEquals(404, response.statusCode());
        String html = response.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("<title>Page introuvable — Bibliothèque Numérique Métropolitaine</title>"), html);
        assertTrue(html.contains("<h1>Page introuvable</h1>"));
        assertTrue(html.contains("href=\"#contenu\">Aller au contenu</a>"), "skip link of the layout");
        assertTrue(html.contains(">Espace commune</a>"), "navigation of the layout");
        assertTrue(html.contains("bnm@lillemetropole.fr"), "footer of the layout");
        assertTrue(html.contains("href=\"/bnm/static/bnm.css\""));
        assertTrue(html.contains("Retour à l&#39;accueil") || html.contains("Retour à l'accueil"));
        assertQuiet(response);
    }

    @Test
    void noErrorTellsTheServersProductVersionsOrProcessing(Portal portal) throws Exception {
        assertQuiet(expect(404, send(portal, "GET", "/nulle-part", null)));
        assertQuiet(expect(404, send(portal, "GET", "/content/bnm/nulle-part.json", null)));
        assertQuiet(expect(404, send(portal, "GET", "/var/bnm/tenants/ville-demo.html", null)));
        // generic writes are refused before any servlet (GenericWriteFilter), in French, quietly
        HttpResponse<String> delete = expect(403, send(portal, "DELETE", "/content/bnm.html", null));
        assertTrue(delete.body().contains("uniquement par les pages et l'API du portail"), delete.body());
        assertQuiet(delete);
        assertQuiet(expect(403, send(portal, "PUT", "/content/bnm/faq.html", null)));
        assertQuiet(portal.get("/content/bnm.html"));
    }

    @Test
    void theApiKeepsAnsweringProblemJson(Portal portal) throws Exception {
        HttpResponse<String> response = expect(405, send(portal, "DELETE", "/bnm/api/v1/me",
                Portal.basic("agent.demo", Portal.DEMO_PASSWORD)));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":405"), response.body());
        assertQuiet(response);
        HttpResponse<String> unknown = portal.get("/bnm/api/v1/nulle-part", "agent.demo", Portal.DEMO_PASSWORD);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aServerErrorShowsAReferenceThatTheLogHas(Portal portal) throws Exception {
        // a broken component, as a faulty deployment would leave one: its script names a class that does not exist
        String script = "<p data-sly-use.broken=\"fr.lillemetropole.bnm.it.Absent\">${broken.value}</p>\n";
        assertTrue(Set.of(200, 201).contains(upload(portal, "/apps/bnm-it/panne", "panne.html", "text/html", script)));
        HttpResponse<String> page = portal.postForm("/content/bnm/panne-it", "admin", Portal.ADMIN_PASSWORD,
                "sling:resourceType=bnm-it/panne&jcr:title=Panne");
        assertTrue(Set.of(200, 201).contains(page.statusCode()), page.body());

        HttpResponse<String> response = portal.get("/content/bnm/panne-it.html");
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.body().contains("<h1>Erreur du portail</h1>"), response.body());
        assertTrue(response.body().contains("bnm@lillemetropole.fr"));
        Matcher reference = Pattern.compile("BNM-[0-9A-F]{8}").matcher(response.body());
        assertTrue(reference.find(), "a reference for the support");
        assertFalse(response.body().contains("Absent") || response.body().contains("Sightly"), response.body());
        assertQuiet(response);

        Path log = portal.home().toPath().resolve("logs/error.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("reference " + reference.group()), "the log has the reference with the error");
    }

    @Test
    void healthDetailsAreForSlingAdminsOnly(Portal portal) throws Exception {
        for (String path : List.of("/system/health", "/system/health.json", "/system/health.txt", "/system/health.html")) {
            HttpResponse<String> anonymous = portal.get(path);
            assertTrue(Set.of(401, 403, 404).contains(anonymous.statusCode()), path + " " + anonymous.statusCode());
            assertFalse(anonymous.body().contains("overallResult") || anonymous.body().contains("heap"), path);
            HttpResponse<String> agent = portal.get(path, "agent.demo", Portal.DEMO_PASSWORD);
            assertTrue(Set.of(401, 403, 404).contains(agent.statusCode()), path + " " + agent.statusCode());
            assertFalse(agent.body().contains("overallResult"), path);
        }
        HttpResponse<String> admin = portal.get("/system/health.json", "admin", Portal.ADMIN_PASSWORD);
        assertTrue(Set.of(200, 503).contains(admin.statusCode()), "status of the checks: " + admin.statusCode());
        assertTrue(admin.body().contains("overallResult"), admin.body());

        HttpResponse<String> liveness = portal.get("/bnm/health");
        assertEquals(200, liveness.statusCode());
        assertEquals("OK", liveness.body().strip(), "says only OK or KO");
    }

    @Test
    void theHomeAndLoginPagesCarryTheContentSecurityPolicy(Portal portal) throws Exception {
        for (String path : List.of("/content/bnm.html", "/content/bnm/connexion.html")) {
            HttpResponse<String> response = portal.get(path);
            assertEquals(200, response.statusCode(), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'")) {
                assertTrue(csp.contains(directive), path + " CSP lacks " + directive + ": " + csp);
            }
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertFalse(response.body().contains(" style=") || response.body().contains("<script>"),
                    path + " has inline script or style");
        }
    }

    @Test
    void aStoredHtmlFileIsDownloadedNotShownAndImagesStayInline(Portal portal) throws Exception {
        String trap = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";
        assertTrue(Set.of(200, 201).contains(upload(portal, "/content/bnm", "test.html", "text/html", trap)));
        HttpResponse<String> file = portal.get("/content/bnm/test.html");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                file.headers().toString());
        assertEquals(List.of("nosniff"), file.headers().allValues("X-Content-Type-Options"));

        assertTrue(Set.of(200, 201).contains(upload(portal, "/content/bnm", "dessin.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")));
        assertTrue(portal.get("/content/bnm/dessin.svg").headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment"), "SVG can carry script");

        assertTrue(Set.of(200, 201).contains(upload(portal, "/content/bnm", "plan.png", "image/png", "\u0089PNG\r\n")));
        HttpResponse<String> image = portal.get("/content/bnm/plan.png");
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Disposition").isEmpty(), "images stay inline");

        for (String asset : List.of("/bnm/static/bnm.css", "/bnm/static/dossier.js", "/bnm/static/upload.js")) {
            HttpResponse<String> response = portal.get(asset);
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), asset + " stays usable");
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri());
        return response;
    }

    private static void assertQuiet(HttpResponse<String> response) {
        String where = response.request().method() + " " + response.uri();
        assertTrue(response.headers().firstValue("Server").isEmpty(), where + ": Server header");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), where + ": X-Powered-By");
        String headers = response.headers().map().toString();
        for (String telltale : TELLTALES) {
            assertFalse(headers.contains(telltale), where + " headers tell " + telltale + ": " + headers);
            assertFalse(response.body().contains(telltale), where + " tells " + telltale + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(Portal portal, String method, String path, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads a file with Sling's POST servlet as its admin, as an editor's file would be stored. */
    private static int upload(Portal portal, String folder, String name, String type, String content) throws Exception {
        String boundary = "----bnm" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"*\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(portal.uri(folder)).timeout(Duration.ofSeconds(30))
                .header("Authorization", Portal.basic("admin", Portal.ADMIN_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
