package fr.lillemetropole.bnm.internal.mail;

import java.time.Instant;

/**
 * One mail of the outbox: one recipient, its French subject and body, and where its sending stands.
 *
 * @param state queued (waiting for its first or next attempt), sent, or failed (every attempt failed)
 * @param attempts attempts made so far
 * @param lastError why the last attempt failed, in the SMTP server's words; "" when none failed
 * @param nextAttemptAt when a queued mail is tried next; null once sent or failed
 */
public record OutboxEntry(String id, String to, String subject, String body, String state, long attempts,
        String lastError, Instant createdAt, Instant nextAttemptAt) {

    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
}
