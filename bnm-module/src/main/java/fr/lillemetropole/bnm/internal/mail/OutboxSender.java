package fr.lillemetropole.bnm.internal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * One send round: every queued mail that is due goes to the SMTP server; a refused or unreachable one is tried
 * again 1 min, 5 min, 30 min then 2 h later, and is failed (listed for MEL admins) after its fifth attempt. Each
 * mail's fate is saved as soon as it is known, so that a stop never sends a mail twice.
 */
final class OutboxSender {

    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final ServiceSessions services;
    private final Mailer mailer;
    private final Clock clock;

    OutboxSender(ServiceSessions services, Mailer mailer, Clock clock) {
        this.services = services;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Sends the due mails; answers how many left. */
    int sendDue() throws RepositoryException {
        int sent = 0;
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.MAIL)) {
            for (Node entry : Outbox.due(handle.session(), clock.instant())) {
                sent += attempt(entry) ? 1 : 0;
                handle.session().save();
            }
        }
        return sent;
    }

    private boolean attempt(Node entry) throws RepositoryException {
        OutboxEntry mail = Outbox.read(entry);
        try {
            mailer.send(mail.to(), mail.subject(), mail.body());
            Outbox.sent(entry, clock.instant());
            return true;
        } catch (Exception e) {
            long failures = mail.attempts() + 1;
            Instant next = failures > RETRY_DELAYS.size() ? null
                    : clock.instant().plus(RETRY_DELAYS.get((int) failures - 1));
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Outbox.failure(entry, reason, next);
            LOG.warn("Mail {} to {} not sent (attempt {}): {}{}", mail.id(), mail.to(), failures, reason,
                    next == null ? "; given up" : "; next attempt at " + next);
            return false;
        }
    }
}
