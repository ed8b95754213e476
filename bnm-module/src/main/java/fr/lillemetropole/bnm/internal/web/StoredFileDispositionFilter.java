package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;

import javax.jcr.RepositoryException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files stored under /content are downloaded, never shown as a page of the portal's origin: an
 * HTML or SVG file with a script that an editor stored there must not run for the visitors. Images
 * and PDF asked for by their own path stay inline. The portal's own CSS and script are served from
 * the bundle under /bnm/static and are not concerned.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "sling.filter.pattern=" + StoredFileDispositionFilter.CONTENT + "(/.*)?",
        "service.ranking:Integer=800"
})
public class StoredFileDispositionFilter implements Filter {

    static final String CONTENT = "/content";
    private static final Logger LOG = LoggerFactory.getLogger(StoredFileDispositionFilter.class);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof SlingHttpServletRequest request && res instanceof HttpServletResponse response
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            Resource resource = request.getResource();
            try {
                if (StoredFiles.isStored(resource, request.getRequestPathInfo())) {
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    if (!StoredFiles.inline(resource, request.getRequestPathInfo())) {
                        response.setHeader("Content-Disposition",
                                "attachment; filename=\"" + StoredFiles.fileName(resource) + "\"");
                    }
                }
            } catch (RepositoryException e) {
                LOG.warn("Could not tell whether {} is a stored file: sent as an attachment", resource.getPath(), e);
                response.setHeader("Content-Disposition", "attachment");
            }
        }
        chain.doFilter(req, res);
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
