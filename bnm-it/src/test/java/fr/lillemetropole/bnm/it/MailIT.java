package fr.lillemetropole.bnm.it;

import static fr.lillemetropole.bnm.it.Tenancy.AGENT_A;
import static fr.lillemetropole.bnm.it.Tenancy.ELECTED_A;
import static fr.lillemetropole.bnm.it.Tenancy.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

/**
 * The portal's notifications through a real SMTP server: GreenMail, started in this JVM on a loopback port, is the
 * server of the portal's configuration « BNM - courrier » (set through ./bnm run's BNM_SMTP_* variables).
 */
class MailIT {

    private static final String DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-a";

    @Test
    void filingADossierMailsEachAccountOfTheCommuneInFrenchWithItsReceipt() throws Exception {
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Portal portal = new Portal("mail").env("BNM_SMTP_ENABLED", "true").env("BNM_SMTP_HOST", "127.0.0.1")
                .env("BNM_SMTP_PORT", Integer.toString(smtpPort)).env("BNM_SMTP_TLS", "none").start()) {
            Tenancy.ensure(portal);
            String sha256 = file(portal);

            assertTrue(smtp.waitForIncomingEmail(90_000, 2),
                    "two mails within 90 s; see " + portal.home() + "/logs/error.log");
            Map<String, MimeMessage> mails = new TreeMap<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                mails.put(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress(), mail);
            }
            assertEquals(List.of("agent.a@example.org", "elu.a@example.org"), List.copyOf(mails.keySet()),
                    "the commune's agent and elected official, nobody else");
            for (MimeMessage mail : mails.values()) {
                assertEquals("[BNM] Dossier déposé — Commune A — AMI Bibliothèque Numérique Métropolitaine 2022",
                        mail.getSubject());
                String body = ((String) mail.getContent()).replace("\r\n", "\n");
                assertTrue(body.startsWith("Bonjour,\n\nVotre dossier a bien été déposé"), body);
                assertTrue(body.contains("Commune : Commune A\n"), body);
                assertTrue(body.contains("Empreinte SHA-256 de l'accusé de réception :\n" + sha256), body);
                assertTrue(body.contains("Consulter le dossier : http://127.0.0.1:" + portal.port()
                        + "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=commune-a"), body);
            }
            Thread.sleep(2_000);
            assertEquals(2, smtp.getReceivedMessages().length, "each mail sent once");
        } finally {
            smtp.stop();
        }
    }

    /** Saves the seed's dossier for Commune A, has it signed and files it; answers the receipt's SHA-256. */
    private static String file(Portal portal) throws Exception {
        String fixture;
        try (InputStream in = MailIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> saved = portal.putJson(DOSSIER, AGENT_A, PASSWORD, fixture, null);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> signed = portal.postJson(DOSSIER + "/sign", ELECTED_A, PASSWORD, "");
        assertEquals(200, signed.statusCode(), signed.body());
        HttpResponse<String> filed = portal.postJson(DOSSIER + "/submit", AGENT_A, PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
        return new ObjectMapper().readTree(filed.body()).get("sha256").asText();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
