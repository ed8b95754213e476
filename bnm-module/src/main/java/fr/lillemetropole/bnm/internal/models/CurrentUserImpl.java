package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.sling.api.resource.ResourceResolver;

import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.models.CurrentUser;

/** Reads the current account from the caller's own session; nothing is read on its behalf. */
public final class CurrentUserImpl implements CurrentUser {

    private static final String ANONYMOUS = "anonymous";
    private static final String ADMIN = "admin";
    private static final List<String> STAFF_ROLES = List.of(ADMIN, "instructor", "editor");

    private final String login;
    private final String displayName;
    private final boolean admin;
    private final List<String> roles;

    private CurrentUserImpl(String login, String displayName, boolean admin, List<String> roles) {
        this.login = login;
        this.displayName = displayName;
        this.admin = admin;
        this.roles = List.copyOf(roles);
    }

    @Override
    public boolean isAdmin() {
        return ADMIN.equals(login) || admin;
    }

    /** The account of the resolver's session; {@code labels}: the i18n dictionary (role labels). */
    static CurrentUser of(ResourceResolver resolver, ResourceBundle labels) {
        String id = resolver.getUserID();
        if (id == null || ANONYMOUS.equals(id)) {
            return new CurrentUserImpl(ANONYMOUS, "", false, List.of());
        }
        try {
            Session session = resolver.adaptTo(Session.class);
            Authorizable account = session instanceof JackrabbitSession jackrabbit
                    ? jackrabbit.getUserManager().getAuthorizable(id) : null;
            if (account == null) {
                return new CurrentUserImpl(id, id, false, List.of());
            }
            Roles roles = Roles.of(account);
            return new CurrentUserImpl(id, Profiles.displayName(account), roles.roles().contains(ADMIN),
                    roles(roles, labels));
        } catch (RepositoryException e) {
            return new CurrentUserImpl(id, id, false, List.of());
        }
    }

    /** French labels of the account's roles: "Instructeur MEL", "Agent — armentieres"… */
    private static List<String> roles(Roles roles, ResourceBundle labels) {
        List<String> shown = new ArrayList<>();
        for (String code : roles.roles()) {
            if (STAFF_ROLES.contains(code)) {
                shown.add(Labels.role(labels, code));
            }
        }
        for (Roles.Membership membership : roles.memberships()) {
            shown.add(Labels.role(labels, membership.role()) + " — " + membership.tenant());
        }
        shown.sort(String::compareTo);
        return shown;
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
