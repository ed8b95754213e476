package fr.lillemetropole.bnm.api.dossier;

/**
 * Tamper evidence for a filed dossier: the SHA-256 of the stored filed version, recomputed now,
 * against the receipt given at filing and the one kept in the append-only journal.
 *
 * @param intact   whether the stored version, the receipt and the journal all agree
 * @param message  what this means, in French, for the person who asked
 */
public record ReceiptCheck(String tenant, String campaign, String filedAt, String filedBy, String receiptSha256,
        String journalSha256, String computedSha256, boolean intact, String message) {
}
