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
import org.osgi.service.component.annotations.Component;

/**
 * The working groups' documents are read through the API (which sends them as attachments); asked
 * for by their repository path (/var/bnm/groups/…, readable by portal accounts), they are attachments
 * too, never inline, never sniffed: even a PDF does not open in the portal's origin.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "sling.filter.pattern=" + GroupFilesDispositionFilter.AREAS + "(/.*)?",
        "service.ranking:Integer=800"
})
public class GroupFilesDispositionFilter implements Filter {

    static final String AREAS = "/var/bnm/groups";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof SlingHttpServletRequest request && res instanceof HttpServletResponse response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            try {
                if (StoredFiles.isStored(request.getResource(), request.getRequestPathInfo())) {
                    response.setHeader("Content-Disposition",
                            "attachment; filename=\"" + StoredFiles.fileName(request.getResource()) + "\"");
                }
            } catch (RepositoryException e) {
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
