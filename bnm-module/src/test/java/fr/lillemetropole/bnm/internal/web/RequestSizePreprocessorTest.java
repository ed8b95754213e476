package fr.lillemetropole.bnm.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.http.HttpServletRequest;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.internal.flash.FlashKey;
import fr.lillemetropole.bnm.internal.flash.FlashWriter;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** A body over the limit is refused before it is read, in French, and a page's form comes back to its page. */
@ExtendWith(SlingContextExtension.class)
class RequestSizePreprocessorTest {

    private static final long MAX = 25L * 1024 * 1024;
    private final SlingContext context = BnmContext.create();
    private RequestSizePreprocessor preprocessor;

    @BeforeEach
    void setUp() {
        preprocessor = new RequestSizePreprocessor(
                new FlashWriter(new FlashKey(new TestServiceSessions(context)), Clock.systemUTC()), MAX);
    }

    @Test
    void aBodyWithinTheLimitGoesThrough() throws Exception {
        Run run = run(MAX, Map.of("Accept", "application/json"));
        assertTrue(run.passed, "the route runs");
        assertEquals(200, run.response.getStatus());
    }

    @Test
    void anApiCallOverTheLimitGetsA413InFrenchWithoutReadingTheBody() throws Exception {
        Run run = run(MAX + 1, Map.of("Accept", "application/json"));
        assertFalse(run.passed, "the route never runs, so nothing reads the body");
        assertEquals(413, run.response.getStatus());
        assertEquals("close", run.response.getHeader("Connection"));
        assertTrue(run.response.getContentType().startsWith("application/problem+json"), run.response.getContentType());
        String body = run.response.getOutputAsString();
        assertTrue(body.contains("La requête dépasse 25 Mo") && body.contains("rien n'a été enregistré"), body);
    }

    @Test
    void aFormPostedFromAPortalPageGoesBackToItWithTheMessage() throws Exception {
        Run run = run(MAX + 1, Map.of("Accept", "text/html,application/xhtml+xml",
                "Referer", "http://localhost:8080/content/bnm/groupes-de-travail/livres-numeriques.html?x=1"));
        assertFalse(run.passed);
        assertEquals(302, run.response.getStatus());
        assertEquals("/content/bnm/groupes-de-travail/livres-numeriques.html?x=1", run.response.getHeader("Location"));
        assertTrue(run.response.getHeader("Set-Cookie").startsWith("bnm.flash="), run.response.getHeader("Set-Cookie"));
    }

    @Test
    void aRefererOutsideThePortalIsNeverARedirectTarget() {
        assertNull(RequestSizePreprocessor.portalPage("https://evil.example/phish"));
        assertNull(RequestSizePreprocessor.portalPage("http://localhost:8080/content/bnm/../../system/console"));
        assertNull(RequestSizePreprocessor.portalPage("http://localhost:8080/content/bnm//evil.example/x"));
        assertNull(RequestSizePreprocessor.portalPage("not a uri"));
        assertEquals("/content/bnm/espace-commune.html",
                RequestSizePreprocessor.portalPage("https://bnm.example/content/bnm/espace-commune.html"));
    }

    private record Run(boolean passed, MockSlingHttpServletResponse response) {
    }

    private Run run(long length, Map<String, String> headers) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentLengthLong" -> length;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getInputStream", "getReader", "getParameter", "getParameterMap", "getPart", "getParts" ->
                        throw new AssertionError("the body must not be read");
                    default -> null;
                });
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        preprocessor.doFilter(request, response, (req, res) -> passed.set(true));
        return new Run(passed.get(), response);
    }
}
