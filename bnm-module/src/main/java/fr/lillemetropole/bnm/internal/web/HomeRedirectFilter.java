package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;

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

/**
 * Sends visitors of the bare host name to the portal's home page. The repository root stays
 * unreadable to anonymous users; this filter answers before any resource is resolved.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "sling.filter.pattern=/",
        "service.ranking:Integer=1000"
})
public class HomeRedirectFilter implements Filter {

    static final String HOME = BnmPaths.CONTENT_ROOT + ".html";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String uri = http.getRequestURI() == null ? "" : http.getRequestURI();
        String context = http.getContextPath() == null ? "" : http.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if ((path.isEmpty() || "/".equals(path)) && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + HOME);
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
