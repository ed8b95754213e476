package fr.lillemetropole.bnm.internal.security;

import java.io.IOException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.security.AccessControlManager;
import javax.jcr.security.Privilege;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.auth.core.AuthenticationSupport;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * Felix's health check servlet (/system/health, .json, .html, .txt) tells paths, heap and bundle
 * counts: it answers Sling admins only ({@code admin}, or an account with every privilege on the
 * repository), authenticated as Sling authenticates (HTTP Basic or the session cookie). Anonymous visitors get a
 * 401, portal accounts a 403. Runs after the login throttling of {@link SecurityPreprocessor}.
 */
@Component(service = Preprocessor.class, property = "service.ranking:Integer=-100")
public class HealthAccessPreprocessor implements Preprocessor {

    static final String HEALTH = "/system/health";

    @Reference
    private AuthenticationSupport authentication;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || !health(request)) {
            chain.doFilter(req, res);
            return;
        }
        if (!authentication.handleSecurity(request, response)) {
            return; // the authentication handler has answered (bad credentials)
        }
        Object attribute = request.getAttribute(AuthenticationSupport.REQUEST_ATTRIBUTE_RESOLVER);
        ResourceResolver resolver = attribute instanceof ResourceResolver r ? r : null;
        boolean admin;
        String user;
        try {
            user = resolver == null ? null : resolver.getUserID();
            admin = resolver != null && slingAdmin(resolver);
        } finally {
            if (resolver != null) {
                request.removeAttribute(AuthenticationSupport.REQUEST_ATTRIBUTE_RESOLVER);
                resolver.close();
            }
        }
        if (admin) {
            chain.doFilter(request, response);
        } else if (user == null || "anonymous".equals(user)) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Accès réservé aux administrateurs techniques du portail : identifiez-vous.");
            response.setHeader("WWW-Authenticate", "Basic realm=\"Portail BNM\"");
        } else {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Accès réservé aux administrateurs techniques du portail.");
        }
    }

    static boolean health(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.equals(HEALTH) || path.startsWith(HEALTH + ".") || path.startsWith(HEALTH + "/");
    }

    /** Sling's technical administrator, or an account with every privilege on the whole repository. */
    static boolean slingAdmin(ResourceResolver resolver) {
        if ("admin".equals(resolver.getUserID())) {
            return true;
        }
        Session session = resolver.adaptTo(Session.class);
        if (session == null) {
            return false;
        }
        try {
            AccessControlManager acl = session.getAccessControlManager();
            return acl.hasPrivileges("/", new Privilege[] {acl.privilegeFromName(Privilege.JCR_ALL)});
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(message + "\n");
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
