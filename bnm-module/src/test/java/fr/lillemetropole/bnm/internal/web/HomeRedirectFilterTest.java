package fr.lillemetropole.bnm.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class HomeRedirectFilterTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void theBareHostGoesToTheHomePage() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setPathInfo("/");
        MockSlingHttpServletResponse response = context.response();
        AtomicBoolean passedOn = new AtomicBoolean();
        new HomeRedirectFilter().doFilter(request, response, (req, res) -> passedOn.set(true));
        assertEquals(302, response.getStatus());
        assertEquals("/content/bnm.html", response.getHeader("Location"));
        assertEquals(false, passedOn.get());
    }

    @Test
    void anyOtherPathIsLeftAlone() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setPathInfo("/content/bnm/faq.html");
        MockSlingHttpServletResponse response = context.response();
        AtomicBoolean passedOn = new AtomicBoolean();
        new HomeRedirectFilter().doFilter(request, response, (req, res) -> passedOn.set(true));
        assertTrue(passedOn.get());
        assertNull(response.getHeader("Location"));
    }
}
