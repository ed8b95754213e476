package fr.lillemetropole.bnm.internal.mail;

import java.time.Instant;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.ForbiddenException;

/**
 * E-mails to a tenant's accounts (its agents and elected officials). Each call puts one mail per recipient in the
 * repository's outbox and returns: the mails leave later, through the SMTP server of the configuration « BNM -
 * courrier », retried with a growing delay when the server fails. No call blocks on SMTP nor throws: a
 * notification never stops the action that caused it.
 */
public interface Notifier {

    /**
     * Tells the tenant's accounts that its dossier of the campaign was filed, returned, accepted or rejected. Call
     * it once the change is saved.
     *
     * @param comment the instructor's comment (returned, rejected; accepted when one was given); null for none
     * @param receiptSha256 the receipt's SHA-256 when filed; null otherwise
     */
    void dossierEvent(String tenant, String campaign, DossierEvent event, String comment, String receiptSha256);

    /** Reminds the tenant's accounts that the campaign closes at {@code closesAt} and their dossier is not filed. */
    void deadlineReminder(String tenant, String campaign, Instant closesAt);

    /**
     * The mails that could not be sent after every attempt, newest first, as the caller's own session reads them:
     * MEL admins only.
     *
     * @throws ForbiddenException for any other account
     */
    List<OutboxEntry> failed(Session caller) throws ForbiddenException, RepositoryException;
}
