package fr.lillemetropole.bnm.internal.mail;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/**
 * What the mail tests share: Armentières (an agent, an elected official, a disabled agent) and Lille (an agent),
 * created by a MEL admin as in the portal; the 2022 campaign; a clock the tests move; an SMTP port on loopback.
 */
final class MailFixture {

    static final String PASSWORD = "mot-de-passe-2022";
    static final String CAMPAIGN = "ami-bnm-2022";
    static final String CAMPAIGN_TITLE = "AMI Bibliothèque Numérique Métropolitaine 2022";

    final int port = freePort();
    final MovableClock clock = new MovableClock(Instant.parse("2022-09-12T08:00:00Z"));

    MailFixture(SlingContext context) throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        javax.jcr.Node campaign = admin.getNode("/var/bnm/campaigns").addNode(CAMPAIGN, "bnm:Campaign");
        campaign.setProperty("bnm:id", CAMPAIGN);
        campaign.setProperty("jcr:title", CAMPAIGN_TITLE);
        campaign.setProperty("bnm:year", 2022L);
        campaign.setProperty("bnm:schemaVersion", 1L);
        admin.save();
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        try {
            AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                    new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                    TestServiceSessions.passwords(context));
            accounts.createTenant(melAdmin, new NewTenant(null, "Armentières", "commune", null, null));
            accounts.createTenant(melAdmin, new NewTenant(null, "Lille", "commune", null, null));
            accounts.createTenantAccount(melAdmin, "armentieres",
                    new NewAccount("agent.armentieres", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
            accounts.createTenantAccount(melAdmin, "armentieres",
                    new NewAccount("elu.armentieres", PASSWORD, "Jean-Michel M.", "jm@armentieres.fr", "elected"));
            accounts.createTenantAccount(melAdmin, "armentieres",
                    new NewAccount("ancien.agent", PASSWORD, "Parti", "parti@armentieres.fr", "agent"));
            accounts.setDisabled(melAdmin, "ancien.agent", "a quitté la commune");
            accounts.createTenantAccount(melAdmin, "lille",
                    new NewAccount("agent.lille", PASSWORD, "Agent Lille", "agent@lille.fr", "agent"));
        } finally {
            melAdmin.logout();
        }
    }

    /** Sending enabled towards this fixture's loopback port, links on http://portail.test. */
    MailConfig config(boolean enabled) {
        Map<String, Object> values = new HashMap<>(Map.of("enabled", enabled, "host", "127.0.0.1", "port", port,
                "portalUrl", "http://portail.test/"));
        return (MailConfig) Proxy.newProxyInstance(MailConfig.class.getClassLoader(), new Class<?>[] {MailConfig.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }

    /** A started SMTP server on this fixture's port: the MEL's, as far as the portal knows. */
    GreenMail smtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock that moves only when told. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
