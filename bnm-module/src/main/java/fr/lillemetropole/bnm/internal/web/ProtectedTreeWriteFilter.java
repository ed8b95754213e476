package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.api.ApiResponses;

/**
 * Dossiers and tenant areas change through the portal's API only, which validates and journals
 * every change: Sling's generic POST servlet (and any other write) is refused under /var/bnm,
 * whatever the caller's ACLs would allow.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "sling.filter.pattern=" + BnmPaths.DATA_ROOT + "(/.*)?",
        "service.ranking:Integer=900"
})
public class ProtectedTreeWriteFilter implements Filter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!READS.contains(http.getMethod())) {
            ApiResponses.problem((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN,
                    "Les dossiers se modifient par l'API du portail (/bnm/api/v1), qui les vérifie et garde leur historique.");
            return;
        }
        chain.doFilter(request, response);
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
