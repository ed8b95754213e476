package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Browser sessions as an attacker would replay them: a logged-out cookie, a cookie after a password
 * change; canonical logins; the portal's own password and profile page; CSRF with a stray header.
 */
@ExtendWith(SharedPortal.class)
class SessionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = "sessions-a";
    private static boolean ready;
    private Portal portal;

    @BeforeEach
    void accounts(Portal portal) throws Exception {
        this.portal = portal;
        if (ready) {
            return;
        }
        Tenancy.ensure(portal);
        portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, Tenancy.PASSWORD,
                "{\"slug\":\"" + TENANT + "\",\"name\":\"Commune Sessions\",\"kind\":\"commune\",\"memberCommunes\":[]}");
        for (String login : List.of("agent.session", "agent.motdepasse", "agent.profil")) {
            portal.postJson("/bnm/api/v1/tenants/" + TENANT + "/users", Tenancy.MEL_ADMIN, Tenancy.PASSWORD,
                    Tenancy.account(login, "agent"));
        }
        ready = true;
    }

    @Test
    void aLoggedOutCookieIsUselessWhenReplayed() throws Exception {
        HttpClient browser = Portal.browser();
        HttpResponse<String> login = login(browser, "AGENT.SESSION", Tenancy.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        String cookies = cookieHeader(login);
        assertTrue(cookies.contains("sling.formauth=") && cookies.contains("bnm.session="), cookies);

        JsonNode me = JSON.readTree(withCookies(cookies, "/bnm/api/v1/me").body());
        assertEquals("agent.session", me.get("login").asText(), "the login is recorded in its canonical form");

        browser.send(HttpRequest.newBuilder(portal.uri("/system/sling/logout?resource=/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> replayed = withCookies(cookies, "/bnm/api/v1/me");
        assertEquals(401, replayed.statusCode(), "the old cookie is refused after logout: " + replayed.body());
        HttpResponse<String> page = withCookies(cookies, "/content/bnm/espace-commune.html");
        assertTrue(page.statusCode() == 302 || page.statusCode() == 401, "the commune area asks to log in again");
    }

    @Test
    void aPasswordChangeInThePortalChecksTheCurrentOneAndEndsEverySession() throws Exception {
        HttpClient browser = Portal.browser();
        String other = cookieHeader(login(Portal.browser(), "agent.motdepasse", Tenancy.PASSWORD));
        login(browser, "agent.motdepasse", Tenancy.PASSWORD);

        HttpResponse<String> wrong = post(browser, "/bnm/api/v1/me/password",
                "currentPassword=pas-le-bon-secret&password=nouveau-secret-2022&:redirect=/content/bnm/connexion.html"
                + "&:errorRedirect=/content/bnm/mon-compte.html");
        assertEquals(302, wrong.statusCode());
        assertEquals(portal.uri("/content/bnm/mon-compte.html").toString(), location(wrong), "no message in the URL");
        String page = follow(browser, wrong).body();
        assertTrue(shows(page, "Le mot de passe actuel n'est pas le bon."), page);
        assertFalse(shows(follow(browser, wrong).body(), "Le mot de passe actuel n'est pas le bon."), "shown once");
        assertEquals(200, withCookies(other, "/bnm/api/v1/me").statusCode(), "a refused change ends nothing");

        HttpResponse<String> changed = post(browser, "/bnm/api/v1/me/password", "currentPassword="
                + Tenancy.PASSWORD + "&password=nouveau-secret-2022&:redirect=/content/bnm/connexion.html");
        assertEquals(302, changed.statusCode());
        assertEquals(portal.uri("/content/bnm/connexion.html").toString(), location(changed));
        String loginPage = follow(browser, changed).body();
        assertTrue(shows(loginPage, "Votre mot de passe a été changé : reconnectez-vous avec le nouveau."), loginPage);
        assertEquals(401, withCookies(other, "/bnm/api/v1/me").statusCode(), "the other browser is logged out");
        assertEquals(401, portal.get("/bnm/api/v1/me", "agent.motdepasse", Tenancy.PASSWORD).statusCode());
        assertEquals(200, portal.get("/bnm/api/v1/me", "agent.motdepasse", "nouveau-secret-2022").statusCode());
        JsonNode status = JSON.readTree(portal.get("/bnm/api/v1/tenants/" + TENANT, Tenancy.INSTRUCTOR,
                Tenancy.PASSWORD).body());
        assertEquals(TENANT, status.get("slug").asText());
    }

    @Test
    void theProfileChangesInThePortalWithinTheRules() throws Exception {
        HttpClient browser = Portal.browser();
        login(browser, "agent.profil", Tenancy.PASSWORD);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(portal.uri("/content/bnm/mon-compte.html"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Mon compte") && page.body().contains("agent.profil"), page.body());
        HttpResponse<String> bad = post(browser, "/bnm/api/v1/me/profile",
                "displayName=Camille&email=pas-un-email&:redirect=/content/bnm/mon-compte.html");
        assertEquals(portal.uri("/content/bnm/mon-compte.html").toString(), location(bad));
        String refused = follow(browser, bad).body();
        assertTrue(shows(refused, "L'adresse e-mail n'est pas valide.") && refused.contains("alert--error"), refused);
        HttpResponse<String> ok = post(browser, "/bnm/api/v1/me/profile",
                "displayName=Camille+Profil&email=camille%40example.org&:redirect=/content/bnm/mon-compte.html");
        assertEquals(portal.uri("/content/bnm/mon-compte.html").toString(), location(ok));
        String saved = follow(browser, ok).body();
        assertTrue(shows(saved, "Votre profil a été enregistré.") && saved.contains("alert--ok"), saved);
        HttpResponse<String> crafted = browser.send(HttpRequest.newBuilder(portal.uri(
                "/content/bnm/mon-compte.html?ok=Compte+suspendu&erreur=Appelez+le+0899")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(crafted.body().contains("Compte suspendu") || crafted.body().contains("0899"),
                "a crafted link shows no text of its own");
        JsonNode me = JSON.readTree(portal.get("/bnm/api/v1/me", "agent.profil", Tenancy.PASSWORD).body());
        assertEquals("Camille Profil", me.get("displayName").asText());
        String history = portal.get("/content/bnm/espace-commune.html", "agent.profil", Tenancy.PASSWORD).body();
        assertTrue(history.contains("Changement de son nom ou de son e-mail"), "journalled in the commune's history");
    }

    @Test
    void aCookieSessionNeedsOurOriginWhateverOtherHeaderItCarries() throws Exception {
        HttpClient browser = Portal.browser();
        String cookies = cookieHeader(login(browser, "agent.session", Tenancy.PASSWORD));
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/bnm/api/v1/me/profile")).header("Cookie", cookies)
                .header("Authorization", "Bearer n-importe-quoi")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("displayName=Pirate&email=pirate%40example.org")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(portal.get("/bnm/api/v1/me", "agent.session", Tenancy.PASSWORD).body().contains("Pirate"));
    }

    @Test
    void basicLoginsAreRecordedInTheirCanonicalForm() throws Exception {
        JsonNode me = JSON.readTree(portal.get("/bnm/api/v1/me", "Agent.Session", Tenancy.PASSWORD).body());
        assertEquals("agent.session", me.get("login").asText());
    }

    private HttpResponse<String> login(HttpClient browser, String login, String password) throws Exception {
        return post(browser, "/j_security_check", "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&resource=%2Fcontent%2Fbnm%2Fespace-commune.html&_charset_=UTF-8");
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        String origin = portal.uri("").toString();
        return browser.send(HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withCookies(String cookies, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.uri(path)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The browser follows the redirect, sending back the cookies it was given (the flash message among them). */
    private HttpResponse<String> follow(HttpClient browser, HttpResponse<String> redirect) throws Exception {
        return browser.send(HttpRequest.newBuilder(java.net.URI.create(location(redirect))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page shows the text (HTL writes an apostrophe as &#39;). */
    private static boolean shows(String page, String text) {
        return page.contains(text) || page.contains(text.replace("'", "&#39;"));
    }

    /** The redirect's target, absolute. */
    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith("/") ? portal.uri(location).toString() : location;
    }

    /** The cookies a login set, as a browser would send them back. */
    private static String cookieHeader(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(c -> !c.getValue().isEmpty())
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.toList());
        assertNotNull(cookies);
        return String.join("; ", cookies);
    }
}
