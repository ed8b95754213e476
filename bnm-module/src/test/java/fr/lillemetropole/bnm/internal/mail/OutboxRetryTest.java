package fr.lillemetropole.bnm.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** An SMTP server that is down: the mail waits, is tried again later, and is failed for MEL admins in the end. */
@ExtendWith(SlingContextExtension.class)
class OutboxRetryTest {

    private final SlingContext context = BnmContext.create();
    private MailFixture fixture;
    private NotifierImpl notifier;
    private Session admin;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MailFixture(context);
        notifier = notifier(true);
        admin = context.resourceResolver().adaptTo(Session.class);
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndLeavesOnceWhenItIsBack() throws Exception {
        notifier.dossierEvent("lille", MailFixture.CAMPAIGN, DossierEvent.FILED, null, "ab12");
        assertEquals(0, notifier.sendDue(), "no server listens yet");
        OutboxEntry waiting = single(OutboxEntry.QUEUED);
        assertEquals(1, waiting.attempts());
        assertFalse(waiting.lastError().isBlank(), "the server's failure is kept");
        assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());

        GreenMail smtp = fixture.smtpServer();
        try {
            assertEquals(0, notifier.sendDue(), "not before its next attempt");
            fixture.clock.advance(Duration.ofMinutes(1));
            assertEquals(1, notifier.sendDue());
            assertEquals(0, notifier.sendDue(), "sent once");
            assertEquals(1, smtp.getReceivedMessages().length);
            assertEquals("[BNM] Dossier déposé — Lille — " + MailFixture.CAMPAIGN_TITLE,
                    smtp.getReceivedMessages()[0].getSubject());
        } finally {
            smtp.stop();
        }
        assertEquals(List.of(), Outbox.list(admin, OutboxEntry.QUEUED));
        assertEquals(2, single(OutboxEntry.SENT).attempts());
    }

    @Test
    void afterFiveAttemptsTheMailIsFailedAndListedForMelAdminsOnly() throws Exception {
        notifier.dossierEvent("lille", MailFixture.CAMPAIGN, DossierEvent.REJECTED, "Hors délai.", null);
        notifier.sendDue();
        for (Duration delay : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
            fixture.clock.advance(delay);
            notifier.sendDue();
            assertEquals(OutboxEntry.QUEUED, single(OutboxEntry.QUEUED).state());
        }
        fixture.clock.advance(Duration.ofMinutes(119));
        notifier.sendDue();
        assertEquals(4, single(OutboxEntry.QUEUED).attempts(), "the last wait is two hours");
        fixture.clock.advance(Duration.ofMinutes(1));
        notifier.sendDue();
        assertEquals(List.of(), Outbox.list(admin, OutboxEntry.QUEUED));

        Session melAdmin = BnmContext.login(context, "mel.admin", MailFixture.PASSWORD);
        try {
            List<OutboxEntry> failed = notifier.failed(melAdmin);
            assertEquals(1, failed.size());
            assertEquals("agent@lille.fr", failed.get(0).to());
            assertEquals(5, failed.get(0).attempts());
            assertEquals(OutboxEntry.FAILED, failed.get(0).state());
            assertTrue(failed.get(0).body().contains("« Hors délai. »"));
        } finally {
            melAdmin.logout();
        }
        for (String login : List.of("mel.instructeur", "agent.lille")) {
            Session other = BnmContext.login(context, login, MailFixture.PASSWORD);
            try {
                assertThrows(ForbiddenException.class, () -> notifier.failed(other), login);
            } finally {
                other.logout();
            }
        }
    }

    @Test
    void whileSendingIsOffMailsStayQueuedAndLeaveOnceItIsOn() throws Exception {
        NotifierImpl off = notifier(false);
        off.dossierEvent("lille", MailFixture.CAMPAIGN, DossierEvent.ACCEPTED, null, null);
        GreenMail smtp = fixture.smtpServer();
        try {
            assertEquals(0, off.sendDue());
            assertEquals(0, single(OutboxEntry.QUEUED).attempts(), "not even tried");
            assertEquals(1, notifier(true).sendDue());
            assertEquals(1, smtp.getReceivedMessages().length);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void neitherQueuingNorSendingEverFailsTheCaller() throws Exception {
        ServiceSessions broken = subService -> {
            throw new RepositoryException("repository unavailable");
        };
        NotifierImpl noRepository = new NotifierImpl(broken, fixture.config(true), (to, subject, body) -> {
        }, fixture.clock);
        noRepository.dossierEvent("lille", MailFixture.CAMPAIGN, DossierEvent.FILED, null, "ab12");
        noRepository.deadlineReminder("lille", MailFixture.CAMPAIGN, fixture.clock.instant());
        notifier.dossierEvent("lille", MailFixture.CAMPAIGN, null, null, null);
        notifier.dossierEvent("inconnue", MailFixture.CAMPAIGN, DossierEvent.FILED, null, "ab12");
        assertEquals(List.of(), Outbox.list(admin, OutboxEntry.QUEUED), "nobody to write to");

        NotifierImpl crashing = new NotifierImpl(new TestServiceSessions(context), fixture.config(true),
                (to, subject, body) -> {
                    throw new IllegalStateException("bug in the mail library");
                }, fixture.clock);
        crashing.dossierEvent("lille", MailFixture.CAMPAIGN, DossierEvent.FILED, null, "ab12");
        assertEquals(0, crashing.sendDue());
        assertEquals("bug in the mail library", single(OutboxEntry.QUEUED).lastError());
    }

    private NotifierImpl notifier(boolean enabled) {
        MailConfig config = fixture.config(enabled);
        return new NotifierImpl(new TestServiceSessions(context), config, new SmtpMailer(config), fixture.clock);
    }

    private OutboxEntry single(String state) throws RepositoryException {
        admin.refresh(false);
        List<OutboxEntry> entries = Outbox.list(admin, state);
        assertEquals(1, entries.size(), state + ": " + entries);
        return entries.get(0);
    }
}
