package fr.lillemetropole.bnm.internal.security;

/**
 * Server-side sessions of the login form: a browser session is valid only while the portal knows
 * it, so that logging out, an idle time, a password change or a disabled account end it for good
 * (Sling's form-login cookie alone stays valid until it expires).
 */
public interface SessionRegistry {

    /** Opens a session for the account; answers its secret id (the browser's bnm.session cookie). */
    String open(String login);

    /** Whether the session is open, belongs to the account and has not been idle too long; marks it used. */
    boolean check(String sessionId, String login);

    /** Ends one session (logging out). */
    void close(String sessionId, String login);

    /** Ends every session of the account (password changed, account disabled). */
    void closeAll(String login);
}
