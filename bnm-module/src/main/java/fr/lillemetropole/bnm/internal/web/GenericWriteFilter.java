package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.sling.api.SlingHttpServletRequest;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.api.ApiResourceProvider;
import fr.lillemetropole.bnm.internal.api.ApiResponses;

/**
 * Closes Sling's generic write routes (the POST servlet with its absolute parameter names,
 * {@code :applyTo}, {@code :operation}, {@code @MoveFrom}/{@code @CopyFrom}; the user manager's
 * {@code changePassword}/{@code update}; any other default write servlet) to every account but
 * Sling's own administrators: portal accounts change data only through the portal's routes (the
 * API and the dossier form), which check and journal every change. Even a Sling administrator
 * cannot name the protected tree (/var/bnm) in a generic write. The repository's ACLs refuse
 * these writes too; this filter is the second lock.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "service.ranking:Integer=900"
})
public class GenericWriteFilter implements Filter {

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> FORM_ACTIONS = Set.of("save", "library", "sign", "submit", "import");
    static final String LOGOUT = "/system/sling/logout";
    private static final String SLING_ADMINS = "administrators";
    private static final String SUPERUSER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(GenericWriteFilter.class);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        SlingHttpServletRequest request = (SlingHttpServletRequest) req;
        if (READS.contains(request.getMethod()) || isPortalRoute(request)
                || isSlingAdmin(request) && !namesProtectedTree(request)) {
            chain.doFilter(req, res);
            return;
        }
        LOG.warn("Refused generic {} {} by {}", request.getMethod(), request.getRequestURI(),
                request.getResourceResolver().getUserID());
        ApiResponses.problem((HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN,
                "Cette modification se fait uniquement par les pages et l'API du portail, qui la vérifient et "
                        + "en gardent l'historique.");
    }

    /** The portal's own write routes: the API, the dossier form's actions, logging out. */
    static boolean isPortalRoute(SlingHttpServletRequest request) {
        String type = request.getResource().getResourceType();
        if (ApiResourceProvider.RESOURCE_TYPE.equals(type)) {
            return true;
        }
        String[] selectors = request.getRequestPathInfo().getSelectors();
        if (DossierFormServlet.RESOURCE_TYPE.equals(type) && "html".equals(request.getRequestPathInfo().getExtension())
                && selectors.length == 1 && FORM_ACTIONS.contains(selectors[0])) {
            return true;
        }
        return LOGOUT.equals(request.getPathInfo());
    }

    /** Any parameter name or value of the request that names a path in the protected tree. */
    static boolean namesProtectedTree(SlingHttpServletRequest request) {
        if (contains(request.getPathInfo())) {
            return true;
        }
        for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements();) {
            String name = names.nextElement();
            if (contains(name)) {
                return true;
            }
            String[] values = request.getParameterValues(name);
            if ((name.startsWith(":") || name.contains("@")) && values != null) {
                for (String value : values) {
                    if (contains(value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean contains(String text) {
        // also relative forms such as ../../var/bnm and doubled slashes
        return text != null && text.replaceAll("/+", "/").contains(BnmPaths.DATA_ROOT.substring(1));
    }

    /** Sling's technical administrators (admin, group administrators), never a portal account. */
    static boolean isSlingAdmin(SlingHttpServletRequest request) {
        String user = request.getResourceResolver().getUserID();
        if (SUPERUSER.equals(user)) {
            return true;
        }
        Session session = request.getResourceResolver().adaptTo(Session.class);
        if (user == null || !(session instanceof JackrabbitSession)) {
            return false;
        }
        try {
            Authorizable group = ((JackrabbitSession) session).getUserManager().getAuthorizable(SLING_ADMINS);
            Authorizable me = ((JackrabbitSession) session).getUserManager().getAuthorizable(user);
            return group instanceof Group && me != null && ((Group) group).isMember(me);
        } catch (RepositoryException e) {
            return false;
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
