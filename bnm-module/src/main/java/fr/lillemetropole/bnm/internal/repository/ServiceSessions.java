package fr.lillemetropole.bnm.internal.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Sessions of the portal's service users. Every write under /var/bnm goes through one of them,
 * after the caller's own session proved its right: commune and MEL accounts only read there.
 */
public interface ServiceSessions {

    /** bnm-workflow: dossiers (content, status, signatures) and journal entries. */
    String WORKFLOW = "workflow";

    /** bnm-bootstrap: tenant areas, their groups and ACLs, campaigns. */
    String BOOTSTRAP = "bootstrap";

    /** bnm-accounts: an account's own password and profile, once the portal checked who asks. */
    String ACCOUNTS = "accounts";

    /** bnm-mail: the outbox of e-mail notifications; reads tenants' names, accounts' e-mails, campaigns' titles. */
    String MAIL = "mail";

    /** bnm-groups: working groups' meetings and documents (/var/bnm/groups); reads tenant areas for members. */
    String GROUPS = "groups";

    /** bnm-directory: the public partner-library directory and the editors' corrections; reads tenant areas. */
    String DIRECTORY = "directory";

    /** bnm-faq: the FAQ's editorial copy (/var/bnm/editorial/faq) and its public copy (/content/bnm/faq). */
    String FAQ = "faq";

    /** Opens a session of the sub-service's user; close it (try-with-resources) when the work is saved. */
    Handle open(String subService) throws RepositoryException;

    /** An open service session. */
    interface Handle extends AutoCloseable {
        Session session();

        @Override
        void close();

        /** A handle on the session, which {@code release} ends. */
        static Handle of(Session session, Runnable release) {
            return new Handle() {
                @Override
                public Session session() {
                    return session;
                }

                @Override
                public void close() {
                    release.run();
                }
            };
        }
    }
}
