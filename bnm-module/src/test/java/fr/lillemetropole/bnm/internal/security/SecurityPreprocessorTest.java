package fr.lillemetropole.bnm.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class SecurityPreprocessorTest {

    private final SlingContext context = BnmContext.create();
    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000L);
    private RepositorySessionRegistry sessions;
    private SecurityPreprocessor preprocessor;

    @BeforeEach
    void setUp() {
        sessions = new RepositorySessionRegistry(
                new fr.lillemetropole.bnm.internal.repository.TestServiceSessions(context), 30, now::get);
        preprocessor = new SecurityPreprocessor(sessions);
        preprocessor.activate(new SecurityPreprocessor.Config() {
            @Override public Class<? extends Annotation> annotationType() { return SecurityPreprocessor.Config.class; }
            @Override public int maxFailuresPerLogin() { return 2; }
            @Override public int maxFailuresPerAddress() { return 10; }
            @Override public int windowMinutes() { return 15; }
            @Override public String[] allowedOrigins() { return new String[] {"https://bnm.lillemetropole.fr"}; }
        });
    }

    @Test
    void aCookieSessionPostFromAnotherSiteIsRefused() throws Exception {
        MockSlingHttpServletRequest request = post();
        request.addCookie(new Cookie("sling.formauth", "token"));
        request.addHeader("Origin", "https://evil.example");
        AtomicInteger calls = new AtomicInteger();
        MockSlingHttpServletResponse response = context.response();
        preprocessor.doFilter(request, response, (req, res) -> calls.incrementAndGet());
        assertEquals(403, response.getStatus());
        assertEquals(0, calls.get());
        assertTrue(response.getOutputAsString().contains("ne provient pas du portail"));
    }

    @Test
    void aCookieSessionPostNeedsOurOriginOrReferer() {
        MockSlingHttpServletRequest request = post();
        request.addCookie(new Cookie("sling.formauth", "token"));
        assertFalse(preprocessor.originAllowed(request), "no Origin and no Referer");
        request.addHeader("Referer", "http://localhost:80/content/bnm/administration.html");
        assertTrue(preprocessor.originAllowed(request));

        MockSlingHttpServletRequest proxied = post();
        proxied.addCookie(new Cookie("sling.formauth", "token"));
        proxied.addHeader("Origin", "https://bnm.lillemetropole.fr");
        assertTrue(preprocessor.originAllowed(proxied), "configured public origin");
    }

    @Test
    void aCookieSessionWithAnAuthorizationHeaderStillNeedsOurOrigin() {
        MockSlingHttpServletRequest request = post();
        request.addCookie(new Cookie("sling.formauth", "token"));
        request.addHeader("Authorization", "Bearer anything");
        assertFalse(preprocessor.originAllowed(request));
    }

    @Test
    void aFormCookieWithoutAnOpenSessionGoesOnAnonymousAndIsDropped() throws Exception {
        String id = sessions.open("agent.a");
        for (String[] attempt : new String[][] {{null, "no session cookie"}, {"forged", "an unknown session"},
                {id, "the session of another account"}}) {
            MockSlingHttpServletRequest request = get();
            request.addCookie(new Cookie("sling.formauth", java.util.Base64.getEncoder().encodeToString(
                    "0a1b@71000@elu.a".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            if (attempt[0] != null) {
                request.addCookie(new Cookie("bnm.session", attempt[0]));
            }
            MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
            java.util.List<javax.servlet.http.Cookie[]> seen = new java.util.ArrayList<>();
            preprocessor.doFilter(request, response,
                    (req, res) -> seen.add(((javax.servlet.http.HttpServletRequest) req).getCookies()));
            assertEquals(1, seen.size());
            assertTrue(seen.get(0) == null, attempt[1] + ": Sling sees no cookie");
            assertTrue(response.getHeaders("Set-Cookie").stream().anyMatch(h -> h.startsWith("sling.formauth=;")
                    && h.contains("Max-Age=0")), attempt[1] + ": the browser drops it");
        }
    }

    @Test
    void anOpenSessionKeepsItsCookieUntilLogout() throws Exception {
        String id = sessions.open("agent.a");
        MockSlingHttpServletRequest request = get();
        request.addCookie(new Cookie("sling.formauth", "0a1b@71000@agent.a"));
        request.addCookie(new Cookie("bnm.session", id));
        java.util.List<javax.servlet.http.Cookie[]> seen = new java.util.ArrayList<>();
        preprocessor.doFilter(request, new MockSlingHttpServletResponse(),
                (req, res) -> seen.add(((javax.servlet.http.HttpServletRequest) req).getCookies()));
        assertEquals(2, seen.get(0).length);

        MockSlingHttpServletRequest logout = get();
        logout.setPathInfo("/system/sling/logout");
        logout.addCookie(new Cookie("sling.formauth", "0a1b@71000@agent.a"));
        logout.addCookie(new Cookie("bnm.session", id));
        preprocessor.doFilter(logout, new MockSlingHttpServletResponse(), (req, res) -> { });
        assertFalse(sessions.check(id, "agent.a"), "the logout ended the session server-side");
    }

    @Test
    void basicLoginsAreCanonical() throws Exception {
        MockSlingHttpServletRequest request = get();
        request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                "AGENT.Demo:Secret-Mixed-Case".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.util.List<String> seen = new java.util.ArrayList<>();
        preprocessor.doFilter(request, new MockSlingHttpServletResponse(),
                (req, res) -> seen.add(((javax.servlet.http.HttpServletRequest) req).getHeader("Authorization")));
        assertEquals("agent.demo:Secret-Mixed-Case", new String(java.util.Base64.getDecoder().decode(
                seen.get(0).substring(6)), java.nio.charset.StandardCharsets.UTF_8), "the password keeps its case");
    }

    @Test
    void basicAuthClientsWithoutOriginAreExempt() {
        MockSlingHttpServletRequest request = post();
        request.addHeader("Authorization", "Basic YWdlbnQ6c2VjcmV0");
        assertTrue(preprocessor.originAllowed(request));
    }

    @Test
    void repeatedBasicFailuresAreThrottledWith429() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
            preprocessor.doFilter(basic(), response,
                    (req, res) -> ((HttpServletResponse) res).sendError(401));
            assertEquals(401, response.getStatus());
        }
        MockSlingHttpServletResponse blocked = new MockSlingHttpServletResponse();
        AtomicInteger calls = new AtomicInteger();
        preprocessor.doFilter(basic(), blocked, (req, res) -> calls.incrementAndGet());
        assertEquals(429, blocked.getStatus());
        assertEquals(0, calls.get(), "the password is not even tried");
        assertTrue(blocked.getHeader("Retry-After") != null);
    }

    @Test
    void cookiesAreWrittenSameSiteLax() throws Exception {
        MockSlingHttpServletResponse response = context.response();
        preprocessor.doFilter(context.request(), response, (req, res) -> {
            Cookie cookie = new Cookie("sling.formauth", "abc");
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            ((HttpServletResponse) res).addCookie(cookie);
        });
        String header = response.getHeader("Set-Cookie");
        assertTrue(header.startsWith("sling.formauth=abc; Path=/"), header);
        assertTrue(header.contains("; HttpOnly"), header);
        assertTrue(header.endsWith("; SameSite=Lax"), header);
    }

    private MockSlingHttpServletRequest post() {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(), context.bundleContext());
        request.setMethod("POST");
        request.setPathInfo("/bnm/api/v1/tenants");
        request.addHeader("Host", "localhost:80");
        return request;
    }

    private MockSlingHttpServletRequest get() {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(), context.bundleContext());
        request.setMethod("GET");
        request.setPathInfo("/content/bnm/espace-commune.html");
        request.addHeader("Host", "localhost:80");
        return request;
    }

    private MockSlingHttpServletRequest basic() {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(), context.bundleContext());
        request.setMethod("GET");
        request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("agent.lille:faux".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        request.setRemoteAddr("192.0.2.1");
        return request;
    }
}
