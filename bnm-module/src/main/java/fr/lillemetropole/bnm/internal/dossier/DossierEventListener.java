package fr.lillemetropole.bnm.internal.dossier;

/**
 * Told after a dossier's filing or status change is committed (e-mails, caches). A listener must
 * not throw; if it does, the change stands and the failure is logged.
 */
public interface DossierEventListener {

    /** What happened to a dossier. */
    enum Event { FILED, IN_REVIEW, RETURNED, ACCEPTED, REJECTED, REOPENED }

    void dossierEvent(String tenant, String campaign, Event event, String comment, String receiptSha256);
}
