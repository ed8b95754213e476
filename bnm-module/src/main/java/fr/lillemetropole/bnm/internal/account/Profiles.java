package fr.lillemetropole.bnm.internal.account;

import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.apache.jackrabbit.api.security.user.Authorizable;

/** An account's profile as the portal stores it (profile/displayName, profile/email). */
public final class Profiles {

    public static final String DISPLAY_NAME = "profile/displayName";
    public static final String EMAIL = "profile/email";

    private Profiles() {}

    /** The account's display name, or its login when it has none. */
    public static String displayName(Authorizable account) throws RepositoryException {
        return text(account, DISPLAY_NAME, account.getID());
    }

    /** The display name of the account of this session (its login when it has none or cannot read it). */
    public static String displayName(javax.jcr.Session caller) throws RepositoryException {
        Authorizable me = ((org.apache.jackrabbit.api.JackrabbitSession) caller).getUserManager()
                .getAuthorizable(caller.getUserID());
        return me == null ? caller.getUserID() : displayName(me);
    }

    public static String email(Authorizable account) throws RepositoryException {
        return text(account, EMAIL, null);
    }

    static String text(Authorizable account, String property, String fallback) throws RepositoryException {
        Value[] values = account.getProperty(property);
        return values == null || values.length == 0 || values[0].getString().isBlank() ? fallback
                : values[0].getString();
    }
}
