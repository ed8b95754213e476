package fr.lillemetropole.bnm.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import javax.jcr.LoginException;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class AdminPasswordTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void demoModeWithoutPasswordKeepsTheDefault() {
        assertEquals(Optional.empty(), AdminPasswordPolicy.passwordToSet("", true));
        assertEquals(Optional.empty(), AdminPasswordPolicy.passwordToSet(null, true));
    }

    @Test
    void aConfiguredPasswordWinsInEveryMode() {
        assertEquals(Optional.of("un-long-secret-1"), AdminPasswordPolicy.passwordToSet("un-long-secret-1", false));
        assertEquals(Optional.of("un-long-secret-1"), AdminPasswordPolicy.passwordToSet("un-long-secret-1", true));
    }

    @Test
    void outsideDemoModeAShortPasswordIsRefusedWithAFrenchMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdminPasswordPolicy.passwordToSet("admin", false));
        assertTrue(e.getMessage().contains("BNM_ADMIN_PASSWORD"));
        assertTrue(e.getMessage().contains("12 caractères"));
    }

    @Test
    void outsideDemoModeWithoutPasswordTheAccountGetsAnUnguessableOne() {
        String first = AdminPasswordPolicy.passwordToSet("  ", false).orElseThrow();
        String second = AdminPasswordPolicy.passwordToSet("", false).orElseThrow();
        assertTrue(first.length() >= 40);
        assertNotEquals(first, second);
        assertNotEquals("admin", first);
    }

    @Test
    void applyingThePasswordRetiresAdminAdmin() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        AdminPasswordEnforcer.apply(admin, "nouveau-secret-2022");

        assertThrows(LoginException.class, () -> BnmContext.login(context, "admin", "admin"));
        Session session = BnmContext.login(context, "admin", "nouveau-secret-2022");
        assertEquals("admin", session.getUserID());
        session.logout();
    }
}
