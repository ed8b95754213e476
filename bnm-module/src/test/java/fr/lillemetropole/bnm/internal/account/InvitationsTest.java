package fr.lillemetropole.bnm.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.ImportReport;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/** An imported account's owner sets the password through a one-time link valid 72 hours. */
@ExtendWith(SlingContextExtension.class)
class InvitationsTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CHOSEN = "un mot de passe choisi";
    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

    private final SlingContext context = BnmContext.create();
    private AccountsImpl accounts;
    private Session melAdmin;
    private String agentToken;
    private String electedToken;

    @BeforeEach
    void setUp() throws Exception {
        TestServiceSessions services = new TestServiceSessions(context);
        accounts = new AccountsImpl(services, new RepositorySessionRegistry(services, 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        accounts.clock(Clock.fixed(NOW, ZoneOffset.UTC));
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        ImportReport report = accounts.importTenants(melAdmin, new StringReader(TenantImportTest.communes(2)));
        agentToken = token(report.accounts().get(0));
        electedToken = token(report.accounts().get(1));
    }

    @AfterEach
    void tearDown() {
        melAdmin.logout();
    }

    private static String token(ImportReport.InvitedAccount account) {
        return account.invitation().substring(account.invitation().indexOf("jeton=") + "jeton=".length());
    }

    @Test
    void anImportedAccountCannotLogInUntilItsOwnerSetsThePasswordOnce() throws Exception {
        assertFalse(TestServiceSessions.passwords(context).accepts("agent.c1", ""));
        assertFalse(TestServiceSessions.passwords(context).accepts("agent.c1", CHOSEN));

        assertEquals("agent.c1", accounts.acceptInvitation(agentToken, CHOSEN));

        assertTrue(TestServiceSessions.passwords(context).accepts("agent.c1", CHOSEN));
        ConflictException again = assertThrows(ConflictException.class,
                () -> accounts.acceptInvitation(agentToken, "un autre mot de passe"));
        assertTrue(again.getMessage().startsWith("Ce lien d'invitation a déjà servi"), again.getMessage());
        assertTrue(TestServiceSessions.passwords(context).accepts("agent.c1", CHOSEN));
    }

    @Test
    void theLinkExpiresAfter72Hours() throws Exception {
        accounts.clock(Clock.fixed(NOW.plus(Duration.ofHours(71)), ZoneOffset.UTC));
        assertEquals("elu.c1", accounts.acceptInvitation(electedToken, CHOSEN));
        accounts.clock(Clock.fixed(NOW.plus(Duration.ofHours(72)), ZoneOffset.UTC));
        ConflictException expired = assertThrows(ConflictException.class,
                () -> accounts.acceptInvitation(agentToken, CHOSEN));
        assertTrue(expired.getMessage().startsWith("Ce lien d'invitation a expiré"), expired.getMessage());
        assertFalse(TestServiceSessions.passwords(context).accepts("agent.c1", CHOSEN));
    }

    @Test
    void aShortPasswordIsRefusedAndTheLinkStillServes() throws Exception {
        InvalidRequestException shortOne = assertThrows(InvalidRequestException.class,
                () -> accounts.acceptInvitation(agentToken, "court"));
        assertEquals("/password", shortOne.getErrors().get(0).pointer());
        assertEquals("agent.c1", accounts.acceptInvitation(agentToken, CHOSEN));
    }

    @Test
    void anUnknownOrMangledTokenIsNotFound() {
        assertThrows(NotFoundException.class, () -> accounts.acceptInvitation(agentToken.substring(1) + "a", CHOSEN));
        assertThrows(NotFoundException.class, () -> accounts.acceptInvitation("../../tenants", CHOSEN));
        assertThrows(NotFoundException.class, () -> accounts.acceptInvitation(null, CHOSEN));
    }

    @Test
    void onlyTheTokensHashIsStoredAndNoPortalAccountReadsIt() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Node entry = admin.getNode(Invitations.ROOT + "/" + Invitations.hash(agentToken));
        assertEquals("agent.c1", entry.getProperty("login").getString());
        assertFalse(admin.nodeExists(Invitations.ROOT + "/" + agentToken));
        melAdmin.refresh(false);
        assertFalse(melAdmin.nodeExists(Invitations.ROOT));
    }
}
