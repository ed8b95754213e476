package fr.lillemetropole.bnm.internal.account;

import javax.jcr.RepositoryException;

/** Whether a login with these credentials succeeds, the way the portal's own login does. */
@FunctionalInterface
public interface PasswordCheck {
    boolean accepts(String login, String password) throws RepositoryException;
}
