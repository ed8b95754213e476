package fr.lillemetropole.bnm.internal.mail;

/** What happened to a dossier that its commune (or network) is told by e-mail. */
public enum DossierEvent {
    /** Filed by the commune: the mail carries the receipt's SHA-256. */
    FILED,
    /** Sent back to the commune for corrections, with the instructor's comment. */
    RETURNED,
    /** Accepted by the MEL. */
    ACCEPTED,
    /** Rejected by the MEL, with the instructor's comment. */
    REJECTED
}
