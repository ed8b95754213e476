package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.sling.api.resource.ResourceResolver;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.models.CurrentUser;

/** Reads the current account from the caller's own session; nothing is read on its behalf. */
public final class CurrentUserImpl implements CurrentUser {

    private static final String ANONYMOUS = "anonymous";
    private static final String TENANT_GROUP = "bnm-tenant-";
    private static final String ADMIN_LABEL = "Administrateur MEL";

    private final String login;
    private final String displayName;
    private final List<String> roles;

    private CurrentUserImpl(String login, String displayName, List<String> roles) {
        this.login = login;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
    }

    @Override
    public boolean isAdmin() {
        return "admin".equals(login) || roles.contains(ADMIN_LABEL);
    }

    static CurrentUser of(ResourceResolver resolver) {
        String id = resolver.getUserID();
        if (id == null || ANONYMOUS.equals(id)) {
            return new CurrentUserImpl(ANONYMOUS, "", List.of());
        }
        try {
            Session session = resolver.adaptTo(Session.class);
            Authorizable account = session instanceof JackrabbitSession jackrabbit
                    ? jackrabbit.getUserManager().getAuthorizable(id) : null;
            if (account == null) {
                return new CurrentUserImpl(id, id, List.of());
            }
            return new CurrentUserImpl(id, displayName(account, id), roles(account));
        } catch (RepositoryException e) {
            return new CurrentUserImpl(id, id, List.of());
        }
    }

    private static String displayName(Authorizable account, String fallback) throws RepositoryException {
        for (String property : new String[] {"profile/displayName", "displayName"}) {
            Value[] values = account.getProperty(property);
            if (values != null && values.length > 0 && !values[0].getString().isBlank()) {
                return values[0].getString();
            }
        }
        return fallback;
    }

    private static List<String> roles(Authorizable account) throws RepositoryException {
        List<String> roles = new ArrayList<>();
        for (Iterator<Group> groups = account.memberOf(); groups.hasNext();) {
            String id = groups.next().getID();
            switch (id) {
                case BnmPaths.GROUP_ADMINS -> roles.add(ADMIN_LABEL);
                case BnmPaths.GROUP_INSTRUCTORS -> roles.add("Instructeur MEL");
                case BnmPaths.GROUP_EDITORS -> roles.add("Éditeur MEL");
                default -> tenantRole(id).ifPresent(roles::add);
            }
        }
        roles.sort(String::compareTo);
        return roles;
    }

    private static java.util.Optional<String> tenantRole(String groupId) {
        if (!groupId.startsWith(TENANT_GROUP)) {
            return java.util.Optional.empty();
        }
        for (TenantRole role : TenantRole.values()) {
            String suffix = "-" + role.groupSuffix();
            if (groupId.endsWith(suffix)) {
                String slug = groupId.substring(TENANT_GROUP.length(), groupId.length() - suffix.length());
                String label = role == TenantRole.AGENT ? "Agent" : "Élu référent";
                return java.util.Optional.of(label + " — " + slug);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public boolean isAnonymous() {
        return ANONYMOUS.equals(login);
    }

    @Override
    public String getLogin() {
        return login;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public List<String> getRoles() {
        return roles;
    }
}
