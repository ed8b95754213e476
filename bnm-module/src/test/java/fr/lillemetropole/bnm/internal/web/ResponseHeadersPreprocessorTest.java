package fr.lillemetropole.bnm.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.Test;

class ResponseHeadersPreprocessorTest {

    @Test
    void everyPageGetsTheCspNosniffAndReferrerPolicyEvenAfterTheErrorHandlerResetsTheResponse() throws Exception {
        MockSlingHttpServletResponse response = run("/content/bnm/nope.html");
        String csp = response.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals(List.of("nosniff"), List.copyOf(response.getHeaders("X-Content-Type-Options")));
        assertEquals("same-origin", response.getHeader("Referrer-Policy"));
    }

    @Test
    void theWebConsoleKeepsItsInlineScriptsButNotItsMimeSniffing() throws Exception {
        for (String path : new String[] {"/system/console", "/system/console/bundles.json"}) {
            MockSlingHttpServletResponse response = run(path);
            assertNull(response.getHeader("Content-Security-Policy"), path);
            assertEquals("nosniff", response.getHeader("X-Content-Type-Options"), path);
        }
        assertTrue(run("/system/consoles.html").getHeader("Content-Security-Policy") != null,
                "only the console itself is exempt");
    }

    private MockSlingHttpServletResponse run(String path) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    default -> null;
                });
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        new ResponseHeadersPreprocessor().doFilter(request, response, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setHeader("Content-Security-Policy", "bogus");
            http.reset(); // what Sling does before it renders an error page
            http.addHeader("X-Content-Type-Options", "nosniff"); // what Sling adds on its own
            http.setStatus(404);
        });
        return response;
    }
}
