package fr.lillemetropole.bnm.internal.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.annotation.PostConstruct;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.CurrentUser;
import fr.lillemetropole.bnm.models.NavigationItem;
import fr.lillemetropole.bnm.models.Page;

/** The page shell's model: the site's sections are the children of /content/bnm that have a bnm:navOrder. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = Page.class)
public class PageImpl implements Page {

    static final String NAV_ORDER = JcrNames.NAV_ORDER;
    /** A section shown to MEL admins only has bnm:navRole = "admin". */
    static final String NAV_ROLE = JcrNames.NAV_ROLE;
    static final String ADMIN_ROLE = "admin";
    /** Pages for MEL instructors (and admins). */
    static final String INSTRUCTOR_ROLE = "instructor";
    /** A section for MEL editors (and admins): the FAQ's editing page. */
    static final String EDITOR_ROLE = "editor";
    static final String LOGIN_PAGE = BnmPaths.CONTENT_ROOT + "/connexion.html";
    static final String LOGOUT = "/system/sling/logout?resource=" + BnmPaths.CONTENT_ROOT + ".html";

    @Self
    private SlingHttpServletRequest request;

    private String siteTitle;
    private List<NavigationItem> navigation;
    private CurrentUser user;

    @PostConstruct
    void init() {
        ResourceResolver resolver = request.getResourceResolver();
        Resource home = resolver.getResource(BnmPaths.CONTENT_ROOT);
        siteTitle = home == null ? "BNM" : home.getValueMap().get("jcr:title", "BNM");
        user = CurrentUserImpl.of(resolver, Texts.french(request));
        navigation = home == null ? List.of() : navigation(home, request.getResource().getPath(), user,
                isInstructor(resolver), isEditor(resolver));
    }

    private static boolean isEditor(org.apache.sling.api.resource.ResourceResolver resolver) {
        javax.jcr.Session session = resolver.adaptTo(javax.jcr.Session.class);
        try {
            return session != null && fr.lillemetropole.bnm.internal.faq.FaqEditorial.isEditor(session);
        } catch (javax.jcr.RepositoryException e) {
            return false;
        }
    }

    private static boolean isInstructor(org.apache.sling.api.resource.ResourceResolver resolver) {
        javax.jcr.Session session = resolver.adaptTo(javax.jcr.Session.class);
        try {
            return session != null && fr.lillemetropole.bnm.internal.account.Roles.callerIn(session,
                    BnmPaths.GROUP_INSTRUCTORS);
        } catch (javax.jcr.RepositoryException e) {
            return false;
        }
    }

    private static List<NavigationItem> navigation(Resource home, String currentPath, CurrentUser user,
            boolean instructor, boolean editor) {
        List<Resource> sections = new ArrayList<>();
        sections.add(home);
        for (Resource child : home.getChildren()) {
            String role = child.getValueMap().get(NAV_ROLE, String.class);
            boolean shown = role == null || user.isAdmin() && (ADMIN_ROLE.equals(role) || INSTRUCTOR_ROLE.equals(role))
                    || instructor && INSTRUCTOR_ROLE.equals(role) || editor && EDITOR_ROLE.equals(role);
            if (child.getValueMap().containsKey(NAV_ORDER) && shown) {
                sections.add(child);
            }
        }
        sections.sort(Comparator.comparingLong(r -> r.getValueMap().get(NAV_ORDER, 0L)));
        List<NavigationItem> items = new ArrayList<>();
        for (Resource section : sections) {
            ValueMap props = section.getValueMap();
            String title = props.get(JcrNames.NAV_TITLE, props.get("jcr:title", section.getName()));
            boolean current = section == home ? currentPath.equals(home.getPath())
                    : currentPath.equals(section.getPath()) || currentPath.startsWith(section.getPath() + "/");
            items.add(new NavigationItemImpl(title, section.getPath() + ".html", current));
        }
        return List.copyOf(items);
    }

    @Override
    public String getTitle() {
        return request.getResource().getValueMap().get("jcr:title", siteTitle);
    }

    @Override
    public String getDocumentTitle() {
        String title = getTitle();
        return title.equals(siteTitle) ? siteTitle : title + " — " + siteTitle;
    }

    @Override
    public String getSiteTitle() {
        return siteTitle;
    }

    @Override
    public String getHomeUrl() {
        return BnmPaths.CONTENT_ROOT + ".html";
    }

    @Override
    public List<NavigationItem> getNavigation() {
        return navigation;
    }

    @Override
    public CurrentUser getUser() {
        return user;
    }

    @Override
    public String getLoginUrl() {
        String back = request.getResource().getPath() + ".html";
        return LOGIN_PAGE + "?resource=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @Override
    public String getLogoutUrl() {
        return LOGOUT;
    }
}
