package fr.lillemetropole.bnm.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class StoredFileDispositionFilterTest {

    private final SlingContext context = BnmContext.create();

    @BeforeEach
    void files() {
        file("/content/bnm/piege.html", "text/html", "<script>alert(1)</script>");
        file("/content/bnm/dessin.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>");
        file("/content/bnm/logo.png", "image/png", "PNG");
        file("/content/bnm/guide.pdf", "application/pdf", "%PDF-1.4");
        context.create().resource("/content/bnm/faq", Map.of("sling:resourceType", "bnm/components/faq",
                "jcr:title", "FAQ"));
    }

    @Test
    void anHtmlFileStoredByAnEditorIsDownloadedNotShown() throws Exception {
        MockSlingHttpServletResponse response = get("/content/bnm/piege.html", null, null);
        assertEquals("attachment; filename=\"piege.html\"", response.getHeader("Content-Disposition"));
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        assertTrue(get("/content/bnm/dessin.svg", null, null).getHeader("Content-Disposition").startsWith("attachment"),
                "SVG can carry script");
        assertTrue(get("/content/bnm/piege.html/jcr:content", null, null).getHeader("Content-Disposition")
                .startsWith("attachment"), "the file's content node (nt:resource) as well");
    }

    @Test
    void imagesAndPdfAskedForByTheirPathStayInline() throws Exception {
        MockSlingHttpServletResponse png = get("/content/bnm/logo.png", null, null);
        assertNull(png.getHeader("Content-Disposition"));
        assertEquals("nosniff", png.getHeader("X-Content-Type-Options"));
        assertNull(get("/content/bnm/guide.pdf", null, null).getHeader("Content-Disposition"));
        assertTrue(get("/content/bnm/logo.png", "html", "tidy").getHeader("Content-Disposition").startsWith("attachment"),
                "another rendering of the file is not an image");
    }

    @Test
    void pagesOfThePortalAreLeftToTheirViews() throws Exception {
        MockSlingHttpServletResponse response = get("/content/bnm/faq", "html", null);
        assertNull(response.getHeader("Content-Disposition"));
    }

    @Test
    void onlyReadsAreConcerned() throws Exception {
        context.currentResource("/content/bnm/piege.html");
        MockSlingHttpServletRequest request = context.request();
        request.setMethod("POST");
        MockSlingHttpServletResponse response = context.response();
        AtomicBoolean passedOn = new AtomicBoolean();
        new StoredFileDispositionFilter().doFilter(request, response, (req, res) -> passedOn.set(true));
        assertTrue(passedOn.get());
        assertNull(response.getHeader("Content-Disposition"));
    }

    private MockSlingHttpServletResponse get(String path, String extension, String selectors) throws Exception {
        context.currentResource(path);
        MockSlingHttpServletRequest request = context.request();
        request.setMethod("GET");
        MockRequestPathInfo pathInfo = (MockRequestPathInfo) request.getRequestPathInfo();
        pathInfo.setResourcePath(path);
        pathInfo.setExtension(extension);
        pathInfo.setSelectorString(selectors);
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();
        new StoredFileDispositionFilter().doFilter(request, response, (req, res) -> passedOn.set(true));
        assertTrue(passedOn.get(), "the file is still served");
        return response;
    }

    private void file(String path, String mimeType, String text) {
        context.load().binaryFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), path, mimeType);
    }
}
