package fr.lillemetropole.bnm.internal.ops;

import java.io.IOException;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import org.apache.sling.api.SlingHttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A write is acknowledged only once it is on disk: for every request that may change the repository (any method
 * but GET, HEAD, OPTIONS, TRACE), the response body is held back until the request is done and the segment store
 * is flushed ({@link SegmentStoreFlush}). A client that got its answer (an autosave's 200) finds its data after a
 * crash of the portal. Outermost request filter, so that every other filter's writes are flushed too.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "service.ranking:Integer=100000"
})
public class DurableWritesFilter implements Filter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Reference
    SegmentStoreFlush store;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(((HttpServletRequest) request).getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HeldResponse held = new HeldResponse((SlingHttpServletResponse) response);
        try {
            chain.doFilter(request, held);
        } finally {
            store.flushCommitted();
            held.release();
        }
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
