package fr.lillemetropole.bnm.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.icegreen.greenmail.util.GreenMail;

import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** What the communes receive, through a real SMTP server (GreenMail on loopback): who, and which French words. */
@ExtendWith(SlingContextExtension.class)
class NotifierTest {

    private static final String SHA = "3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed";
    private static final String DOSSIER_URL =
            "http://portail.test/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=armentieres";
    private static final String SIGNATURE = "Bibliothèque Numérique Métropolitaine — Métropole Européenne de Lille";

    private final SlingContext context = BnmContext.create();
    private MailFixture fixture;
    private NotifierImpl notifier;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MailFixture(context);
        notifier = new NotifierImpl(new TestServiceSessions(context), fixture.config(true),
                new SmtpMailer(fixture.config(true)), fixture.clock);
        smtp = fixture.smtpServer();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void aFiledDossierIsToldToEachEnabledAccountOfItsCommuneWithTheReceipt() throws Exception {
        notifier.dossierEvent("armentieres", MailFixture.CAMPAIGN, DossierEvent.FILED, null, SHA);
        assertEquals(2, notifier.sendDue());

        Map<String, MimeMessage> received = byRecipient();
        assertEquals(List.of("jm@armentieres.fr", "sv@armentieres.fr"), List.copyOf(received.keySet()),
                "the agent and the elected official; not the disabled account, not Lille");
        for (MimeMessage mail : received.values()) {
            assertEquals(1, mail.getRecipients(Message.RecipientType.TO).length, "one recipient per mail");
            assertEquals("[BNM] Dossier déposé — Armentières — " + MailFixture.CAMPAIGN_TITLE, mail.getSubject());
            assertEquals("ne-pas-repondre@lillemetropole.fr", ((InternetAddress) mail.getFrom()[0]).getAddress());
            assertEquals("Bibliothèque Numérique Métropolitaine", ((InternetAddress) mail.getFrom()[0]).getPersonal());
            String body = body(mail);
            assertTrue(body.startsWith("Bonjour,\n\nVotre dossier a bien été déposé"), body);
            assertTrue(body.contains("Commune : Armentières\nCampagne : " + MailFixture.CAMPAIGN_TITLE), body);
            assertTrue(body.contains("Empreinte SHA-256 de l'accusé de réception :\n" + SHA), body);
            assertTrue(body.contains("Consulter le dossier : " + DOSSIER_URL), body);
            assertTrue(body.contains("http://portail.test/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/armentieres"
                    + "/receipt.pdf"), body);
            assertTrue(body.contains(SIGNATURE), body);
        }
    }

    @Test
    void asAnOsgiServiceItSendsFromItsOwnThreadRightAfterQueuing() throws Exception {
        context.registerService(fr.lillemetropole.bnm.internal.repository.ServiceSessions.class,
                new TestServiceSessions(context));
        Notifier service = context.registerInjectActivateService(new NotifierImpl(), Map.of("enabled", true,
                "host", "127.0.0.1", "port", fixture.port, "portalUrl", "http://portail.test"));
        long start = System.nanoTime();
        service.dossierEvent("armentieres", MailFixture.CAMPAIGN, DossierEvent.ACCEPTED, null, null);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the caller only queues");
        assertTrue(smtp.waitForIncomingEmail(20_000, 2), "sent without waiting for the 30 s round");
        assertEquals(List.of("jm@armentieres.fr", "sv@armentieres.fr"), List.copyOf(byRecipient().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RETURNED | Dossier à compléter | vous renvoie votre dossier        | Commentaire de l'instructeur",
        "ACCEPTED | Dossier retenu      | Votre dossier a été retenu        | Commentaire de l'instructeur",
        "REJECTED | Dossier non retenu  | Votre dossier n'a pas été retenu  | Motif indiqué par l'instructeur"})
    void eachDecisionHasItsFrenchSubjectAndTheInstructorsWords(DossierEvent event, String subject, String sentence,
            String label) throws Exception {
        notifier.dossierEvent("armentieres", MailFixture.CAMPAIGN, event, "Merci de préciser les horaires.", null);
        assertEquals(2, notifier.sendDue());

        for (MimeMessage mail : byRecipient().values()) {
            assertEquals("[BNM] " + subject + " — Armentières — " + MailFixture.CAMPAIGN_TITLE, mail.getSubject());
            String body = body(mail);
            assertTrue(body.contains(sentence), body);
            assertTrue(body.contains(label + " :\n« Merci de préciser les horaires. »"), body);
            assertTrue(body.contains(DOSSIER_URL), body);
            assertFalse(body.contains("null") || body.contains(event.name()), body);
        }
    }

    @Test
    void anAcceptanceWithoutCommentSaysNothingOfAComment() throws Exception {
        notifier.dossierEvent("armentieres", MailFixture.CAMPAIGN, DossierEvent.ACCEPTED, null, null);
        notifier.sendDue();
        String body = body(byRecipient().get("sv@armentieres.fr"));
        assertFalse(body.contains("Commentaire") || body.contains("null"), body);
    }

    @Test
    void theReminderGivesTheClosingDateInFrenchParisTime() throws Exception {
        notifier.deadlineReminder("lille", MailFixture.CAMPAIGN, Instant.parse("2022-09-30T16:00:00Z"));
        notifier.sendDue();

        Map<String, MimeMessage> received = byRecipient();
        assertEquals(List.of("agent@lille.fr"), List.copyOf(received.keySet()));
        MimeMessage mail = received.get("agent@lille.fr");
        assertEquals("[BNM] Rappel : dossier à déposer avant le 30 septembre 2022 à 18:00 — Lille", mail.getSubject());
        String body = body(mail);
        assertTrue(body.contains("Votre dossier n'est pas encore déposé. La campagne se clôt le 30 septembre 2022 "
                + "à 18:00 (heure de Paris)"), body);
        assertTrue(body.contains("Commune : Lille\nCampagne : " + MailFixture.CAMPAIGN_TITLE), body);
        assertTrue(body.contains("t=lille"), body);
    }

    private Map<String, MimeMessage> byRecipient() throws Exception {
        assertTrue(smtp.waitForIncomingEmail(5000, 1), "a mail arrives");
        Map<String, MimeMessage> byAddress = new TreeMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertNull(byAddress.put(address(mail), mail), "one mail per recipient, sent once");
        }
        return byAddress;
    }

    private static String address(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) throws Exception {
        assertTrue(mail.getContentType().startsWith("text/plain; charset=UTF-8"), mail.getContentType());
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
