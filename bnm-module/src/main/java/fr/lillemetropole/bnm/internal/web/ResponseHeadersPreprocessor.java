package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * The browser policy of every response, before anything else runs: a Content-Security-Policy that
 * admits only the portal's own files (no inline script or style, no plugin, no framing by another
 * site), no MIME sniffing, and no Referer to other sites. Sling's web console keeps its own inline
 * scripts: it gets everything but the CSP.
 */
@Component(service = Preprocessor.class, property = "service.ranking:Integer=10000")
public class ResponseHeadersPreprocessor implements Preprocessor {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String CONSOLE = "/system/console";

    private static final Map<String, String> COMMON = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "SAMEORIGIN");
    private static final Map<String, String> WITH_CSP = withCsp();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new PolicyHeadersResponse(httpResponse, console(http) ? COMMON : WITH_CSP));
    }

    static boolean console(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/") || path.startsWith(CONSOLE + ".");
    }

    private static Map<String, String> withCsp() {
        Map<String, String> headers = new LinkedHashMap<>(COMMON);
        headers.put("Content-Security-Policy", CSP);
        return Map.copyOf(headers);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
