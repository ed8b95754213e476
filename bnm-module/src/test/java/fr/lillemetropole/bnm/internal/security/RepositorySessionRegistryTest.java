package fr.lillemetropole.bnm.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class RepositorySessionRegistryTest {

    private final SlingContext context = BnmContext.create();
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private RepositorySessionRegistry sessions;

    @BeforeEach
    void setUp() {
        sessions = new RepositorySessionRegistry(new TestServiceSessions(context), 30, now::get);
    }

    @Test
    void aSessionHoldsForItsAccountOnlyUntilItIsClosed() {
        String id = sessions.open("agent.a");
        assertNotEquals(sessions.open("agent.a"), id, "every login gets its own secret");
        assertTrue(sessions.check(id, "agent.a"));
        assertFalse(sessions.check(id, "elu.a"), "another account's cookie with this session id");
        assertFalse(sessions.check("forged", "agent.a"));
        assertFalse(sessions.check(null, "agent.a"));
        sessions.close(id, "agent.a");
        assertFalse(sessions.check(id, "agent.a"), "logged out for good");
    }

    @Test
    void onlyTheHashOfTheIdIsStored() throws Exception {
        String id = sessions.open("agent.a");
        Session admin = context.resourceResolver().adaptTo(Session.class);
        assertTrue(admin.nodeExists("/var/bnm/sessions/agent.a/" + RepositorySessionRegistry.hash(id)));
        assertFalse(admin.nodeExists("/var/bnm/sessions/agent.a/" + id));
    }

    @Test
    void anIdleSessionEndsAndAnActiveOneLasts() {
        String idle = sessions.open("agent.a");
        String active = sessions.open("agent.a");
        for (int minute = 0; minute < 50; minute += 10) {
            now.addAndGet(10 * 60_000L);
            assertTrue(sessions.check(active, "agent.a"), "used every ten minutes: " + minute);
        }
        assertFalse(sessions.check(idle, "agent.a"), "unused for 50 minutes");
        now.addAndGet(31 * 60_000L);
        assertFalse(sessions.check(active, "agent.a"), "then idle for 31 minutes");
    }

    @Test
    void closingAllEndsEverySessionOfTheAccountOnly() {
        String a1 = sessions.open("agent.a");
        String a2 = sessions.open("agent.a");
        String b = sessions.open("agent.b");
        sessions.closeAll("agent.a");
        assertFalse(sessions.check(a1, "agent.a"));
        assertFalse(sessions.check(a2, "agent.a"));
        assertTrue(sessions.check(b, "agent.b"));
    }

    @Test
    void theSweepRemovesIdleSessions() throws Exception {
        sessions.open("agent.a");
        now.addAndGet(31 * 60_000L);
        String fresh = sessions.open("agent.b");
        sessions.run();
        Session admin = context.resourceResolver().adaptTo(Session.class);
        admin.refresh(false);
        assertFalse(admin.nodeExists("/var/bnm/sessions/agent.a"));
        assertEquals(1, admin.getNode("/var/bnm/sessions/agent.b").getNodes().getSize());
        assertTrue(sessions.check(fresh, "agent.b"));
    }
}
