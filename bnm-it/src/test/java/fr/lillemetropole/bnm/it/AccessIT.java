package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins, and the protected tree closed to whoever has no business there, whatever the URL. */
@ExtendWith(SharedPortal.class)
class AccessIT {

    private static final List<String> RENDERINGS = List.of(".json", ".infinity.json", ".tidy.json", ".-1.json",
            ".2.json", ".harray.json", ".xml", ".html", ".txt", "");
    private static final List<String> PROTECTED = List.of("/var/bnm", "/var/bnm/tenants",
            "/var/bnm/tenants/ville-demo", "/var/bnm/tenants/ville-demo/dossiers", "/var/bnm/tenants/ville-demo/history",
            "/var/bnm/campaigns", "/var/bnm/campaigns/ami-bnm-2022");

    @Test
    void anonymousGetsNothingOfTheSubmissionsTree(Portal portal) throws Exception {
        for (String path : PROTECTED) {
            for (String rendering : RENDERINGS) {
                int status = portal.get(path + rendering).statusCode();
                assertTrue(status == 404 || status == 403, path + rendering + " answered " + status);
            }
        }
        for (String path : List.of("/home/users.json", "/home/groups.infinity.json", "/var.tidy.json")) {
            int status = portal.get(path).statusCode();
            assertTrue(status == 404 || status == 403, path + " answered " + status);
        }
    }

    @Test
    void anEditorReadsNoSubmission(Portal portal) throws Exception {
        for (String path : List.of("/var/bnm/tenants.json", "/var/bnm/tenants/ville-demo.json",
                "/var/bnm/tenants/ville-demo.infinity.json")) {
            assertEquals(404, portal.get(path, "editeur.demo", Portal.DEMO_PASSWORD).statusCode(), path);
        }
    }

    @Test
    void theCommuneAndTheInstructorReadTheCommuneArea(Portal portal) throws Exception {
        assertEquals(200, portal.get("/var/bnm/tenants/ville-demo.json", "agent.demo", Portal.DEMO_PASSWORD).statusCode());
        assertEquals(200, portal.get("/var/bnm/tenants/ville-demo.json", "elu.demo", Portal.DEMO_PASSWORD).statusCode());
        assertEquals(200, portal.get("/var/bnm/tenants.1.json", "instructeur.demo", Portal.DEMO_PASSWORD).statusCode());
        assertEquals(404, portal.get("/var/bnm/tenants.1.json", "agent.demo", Portal.DEMO_PASSWORD).statusCode(),
                "a commune does not list the other tenants");
    }

    @Test
    void everyDemoLoginWorksThroughTheLoginForm(Portal portal) throws Exception {
        for (String login : List.of("agent.demo", "elu.demo", "instructeur.demo", "editeur.demo")) {
            HttpClient browser = Portal.browser();
            HttpResponse<String> response = login(portal, browser, login, Portal.DEMO_PASSWORD);
            assertEquals(302, response.statusCode(), login);
            String cookie = response.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.startsWith("sling.formauth="), login + ": " + cookie);
            assertTrue(cookie.contains("HttpOnly"), "session cookie is HttpOnly");
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/content/bnm/espace-commune.html"));

            HttpResponse<String> area = browser.send(HttpRequest.newBuilder(portal.uri("/content/bnm/espace-commune.html"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, area.statusCode(), login);
            assertTrue(area.body().contains("Se déconnecter"), login);
        }
    }

    @Test
    void theCommuneAreaShowsTheAccountsRoles(Portal portal) throws Exception {
        HttpClient browser = Portal.browser();
        login(portal, browser, "agent.demo", Portal.DEMO_PASSWORD);
        String html = browser.send(HttpRequest.newBuilder(portal.uri("/content/bnm/espace-commune.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(html.contains("Bonjour agent.demo."), html);
        assertTrue(html.contains("Ville-Démo"), html);
        assertTrue(html.contains("elu.demo — Élu référent"), "the team of the demo commune");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(Portal portal) throws Exception {
        HttpResponse<String> wrongPassword = login(portal, Portal.browser(), "agent.demo", "not-the-password");
        HttpResponse<String> unknownUser = login(portal, Portal.browser(), "nobody.here", "not-the-password");
        assertFalse(wrongPassword.headers().firstValue("Set-Cookie").orElse("").startsWith("sling.formauth="));
        String location = wrongPassword.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/content/bnm/connexion.html") && location.contains("j_reason="), location);
        assertEquals(location.replace("agent.demo", ""), unknownUser.headers().firstValue("Location").orElse("")
                .replace("nobody.here", ""), "same answer for an unknown login");

        HttpResponse<String> page = portal.get(location.substring(location.indexOf("/content/")));
        assertTrue(page.body().contains("Identifiant ou mot de passe incorrect"));
    }

    @Test
    void slingDefaultAndSampleAccountsAreClosed(Portal portal) throws Exception {
        assertEquals(401, portal.get("/var/bnm/tenants.json", "admin", "admin").statusCode(),
                "admin/admin is refused once BNM_ADMIN_PASSWORD is set");
        assertEquals(401, portal.get("/content/bnm.json", "slingshot1", "slingshot1").statusCode());
        assertEquals(200, portal.get("/var/bnm/tenants.json", "admin", Portal.ADMIN_PASSWORD).statusCode());
    }

    private static HttpResponse<String> login(Portal portal, HttpClient browser, String login, String password)
            throws Exception {
        String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&resource=" + URLEncoder.encode("/content/bnm/espace-commune.html", StandardCharsets.UTF_8)
                + "&_charset_=UTF-8";
        return browser.send(HttpRequest.newBuilder(portal.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("User-Agent", "Mozilla/5.0")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
