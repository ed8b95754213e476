package fr.lillemetropole.bnm.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class DurableWritesFilterTest {

    private final SlingContext context = BnmContext.create();
    private final List<String> sentAtFlush = new ArrayList<>();

    @Test
    void aWritesAnswerReachesTheClientOnlyOnceTheStoreIsFlushed() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setMethod("PUT");
        MockSlingHttpServletResponse response = context.response();
        filter(response).doFilter(request, response, (req, res) -> {
            res.setContentType("application/json");
            res.setCharacterEncoding("UTF-8");
            ((javax.servlet.http.HttpServletResponse) res).setHeader("ETag", "\"2\"");
            // Jackson closes the writer, which commits an unheld response
            new ObjectMapper().writeValue(res.getWriter(), Map.of("état", "enregistré"));
            res.flushBuffer();
        });
        assertEquals(List.of(""), sentAtFlush, "nothing sent before the flush");
        assertEquals("{\"état\":\"enregistré\"}", response.getOutputAsString());
        assertEquals("\"2\"", response.getHeader("ETag"));
    }

    @Test
    void readsAreNeitherHeldNorFlushed() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setMethod("GET");
        MockSlingHttpServletResponse response = context.response();
        filter(response).doFilter(request, response, (req, res) -> res.getWriter().write("page"));
        assertEquals(List.of(), sentAtFlush);
        assertEquals("page", response.getOutputAsString());
    }

    @Test
    void aFailedWriteIsFlushedAndAnswered() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setMethod("POST");
        MockSlingHttpServletResponse response = context.response();
        filter(response).doFilter(request, response, (req, res) -> {
            ((javax.servlet.http.HttpServletResponse) res).setStatus(412);
            res.getOutputStream().write("périmé".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        assertEquals(1, sentAtFlush.size());
        assertEquals(412, response.getStatus());
        assertEquals("périmé", new String(response.getOutput(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private DurableWritesFilter filter(MockSlingHttpServletResponse response) {
        DurableWritesFilter filter = new DurableWritesFilter();
        filter.store = new SegmentStoreFlush() {
            @Override
            public boolean flush() {
                sentAtFlush.add(new String(response.getOutput(), java.nio.charset.StandardCharsets.UTF_8));
                return true;
            }
        };
        return filter;
    }
}
