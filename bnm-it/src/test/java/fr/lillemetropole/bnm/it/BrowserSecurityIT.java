package fr.lillemetropole.bnm.it;

import static fr.lillemetropole.bnm.it.Tenancy.AGENT_A;
import static fr.lillemetropole.bnm.it.Tenancy.MEL_ADMIN;
import static fr.lillemetropole.bnm.it.Tenancy.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A browser's session: SameSite cookie, cross-origin forms refused, login throttling, admin forms. */
class BrowserSecurityIT extends WithTenants {



    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = login(Portal.browser(), AGENT_A, PASSWORD);
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("sling.formauth="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aCrossOriginFormPostWithTheSessionCookieIsRefused() throws Exception {
        HttpClient browser = Portal.browser();
        assertEquals(302, login(browser, MEL_ADMIN, PASSWORD).statusCode());
        String form = "name=" + URLEncoder.encode("Commune Piège", StandardCharsets.UTF_8) + "&kind=commune&_charset_=UTF-8";

        HttpResponse<String> foreign = post(browser, "/bnm/api/v1/tenants", form, "https://evil.example");
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> noOrigin = post(browser, "/bnm/api/v1/tenants", form, null);
        assertEquals(403, noOrigin.statusCode(), "a cookie session must say where it comes from");
        assertEquals(404, portal.get("/bnm/api/v1/tenants/commune-piege", MEL_ADMIN, PASSWORD).statusCode(),
                "nothing was created");

        HttpResponse<String> sameOrigin = post(browser, "/bnm/api/v1/tenants",
                form + "&:redirect=/content/bnm/administration.html", portal.uri("").toString());
        assertEquals(302, sameOrigin.statusCode());
        assertTrue(sameOrigin.headers().firstValue("Location").orElse("").endsWith("/content/bnm/administration.html"),
                "no message in the URL");
        String page = follow(browser, sameOrigin).body();
        assertTrue(page.contains("La commune ou le réseau a été créé.") && page.contains("alert--ok"), page);
        assertEquals(200, portal.get("/bnm/api/v1/tenants/commune-piege", MEL_ADMIN, PASSWORD).statusCode());
    }

    @Test
    void theAdminFormsResetAPasswordAndDisableAnAccount() throws Exception {
        String login = "agent.formulaire";
        HttpResponse<String> created = portal.postJson("/bnm/api/v1/tenants/commune-a/users", MEL_ADMIN, PASSWORD,
                Tenancy.account(login, "agent"));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        HttpClient browser = Portal.browser();
        login(browser, MEL_ADMIN, PASSWORD);
        String page = browser.send(HttpRequest.newBuilder(portal.uri(
                "/content/bnm/administration.html?vue=comptes&q=agent.formulaire")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains(login), "the accounts table lists the account");

        HttpResponse<String> tooShort = post(browser, "/bnm/api/v1/users/" + login + "/password",
                "password=court&:redirect=/content/bnm/administration.html", portal.uri("").toString());
        assertTrue(tooShort.headers().firstValue("Location").orElse("").endsWith("/content/bnm/administration.html"));
        String refused = follow(browser, tooShort).body();
        assertTrue(refused.contains("Le mot de passe doit compter au moins 12 caractères.")
                && refused.contains("alert--error"), refused);
        assertFalse(follow(browser, tooShort).body().contains("Le mot de passe doit compter"), "shown once");

        post(browser, "/bnm/api/v1/users/" + login + "/password",
                "password=un-nouveau-secret-2022&:redirect=/content/bnm/administration.html", portal.uri("").toString());
        assertEquals(200, portal.get("/bnm/api/v1/me", login, "un-nouveau-secret-2022").statusCode());

        post(browser, "/bnm/api/v1/users/" + login + "/disable", ":redirect=/content/bnm/administration.html",
                portal.uri("").toString());
        assertEquals(401, portal.get("/bnm/api/v1/me", login, "un-nouveau-secret-2022").statusCode(),
                "a disabled account cannot log in");
        post(browser, "/bnm/api/v1/users/" + login + "/enable", ":redirect=/content/bnm/administration.html",
                portal.uri("").toString());
        assertEquals(200, portal.get("/bnm/api/v1/me", login, "un-nouveau-secret-2022").statusCode());
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() throws Exception {
        String login = "agent.assiege";
        HttpResponse<String> created = portal.postJson("/bnm/api/v1/tenants/commune-b/users", MEL_ADMIN, PASSWORD,
                Tenancy.account(login, "agent"));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = login(Portal.browser(), login, "mauvais-mot-de-passe");
            assertTrue(failed.headers().firstValue("Location").orElse("").contains("j_reason="));
        }
        HttpResponse<String> blocked = login(Portal.browser(), login, PASSWORD);
        assertFalse(blocked.headers().firstValue("Set-Cookie").orElse("").startsWith("sling.formauth="));
        String location = blocked.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("j_reason=throttled"), location);
        assertTrue(portal.get(location.substring(location.indexOf("/content/"))).body()
                .contains("Trop de tentatives"), "the login page says why, in French");
        assertEquals(429, portal.get("/bnm/api/v1/me", login, PASSWORD).statusCode(), "HTTP Basic is throttled too");
        assertEquals(200, portal.get("/bnm/api/v1/me", AGENT_A, PASSWORD).statusCode(), "other logins are not");
    }

    @Test
    void aPasswordWithAccentsWorksThroughTheLoginForm() throws Exception {
        String login = "agent.accents";
        String password = "mot-de-passe-été-2022";
        HttpResponse<String> created = portal.postJson("/bnm/api/v1/tenants/commune-b/users", MEL_ADMIN, PASSWORD,
                Tenancy.account(login, "agent").replace(PASSWORD, password));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        HttpResponse<String> response = login(Portal.browser(), login, password);
        assertTrue(response.headers().firstValue("Set-Cookie").orElse("").startsWith("sling.formauth="),
                response.headers().toString());
    }

    private HttpResponse<String> login(HttpClient browser, String login, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&resource=%2Fcontent%2Fbnm%2Fespace-commune.html&_charset_=UTF-8";
        return post(browser, "/j_security_check", form, portal.uri("").toString());
    }

    /** The browser follows the redirect, sending back the cookies it was given (the flash message among them). */
    private HttpResponse<String> follow(HttpClient browser, HttpResponse<String> redirect) throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return browser.send(HttpRequest.newBuilder(location.startsWith("/") ? portal.uri(location)
                : java.net.URI.create(location)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("User-Agent", "Mozilla/5.0")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
