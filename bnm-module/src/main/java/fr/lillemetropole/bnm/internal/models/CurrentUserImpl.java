package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.sling.api.resource.ResourceResolver;

import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.models.CurrentUser;

/** Reads the current account from the caller's own session; nothing is read on its behalf. */
public final class CurrentUserImpl implements CurrentUser {

    private static final String ANONYMOUS = "anonymous";
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
            return new CurrentUserImpl(id, Profiles.displayName(account), roles(account));
        } catch (RepositoryException e) {
            return new CurrentUserImpl(id, id, List.of());
        }
    }

    /** French labels of the account's roles: "Instructeur MEL", "Agent — armentieres"… */
    private static List<String> roles(Authorizable account) throws RepositoryException {
        Roles roles = Roles.of(account);
        List<String> labels = new ArrayList<>();
        for (String code : roles.roles()) {
            switch (code) {
                case "admin" -> labels.add(ADMIN_LABEL);
                case "instructor" -> labels.add("Instructeur MEL");
                case "editor" -> labels.add("Éditeur MEL");
                default -> { }
            }
        }
        for (Roles.Membership membership : roles.memberships()) {
            labels.add(("elected".equals(membership.role()) ? "Élu référent" : "Agent") + " — " + membership.tenant());
        }
        labels.sort(String::compareTo);
        return labels;
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
