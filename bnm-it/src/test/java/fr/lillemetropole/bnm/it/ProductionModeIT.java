package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Outside demo mode: no demo accounts, and Sling's admin/admin does not survive. */
class ProductionModeIT {

    @Test
    void withoutDemoNorAdminPasswordNoKnownAccountOpensThePortal() throws Exception {
        try (Portal portal = new Portal("production", false, null).start()) {
            assertEquals(200, portal.get("/content/bnm.html").statusCode());
            assertEquals(401, portal.get("/content/bnm.json", "admin", "admin").statusCode(),
                    "admin/admin must not survive outside demo mode");
            assertEquals(401, portal.get("/content/bnm.json", "agent.demo", Portal.DEMO_PASSWORD).statusCode(),
                    "no demo account outside demo mode");
            String log = portal.logText();
            assertFalse(log.contains("Comptes de démonstration"));
            assertTrue(log.contains("BNM_ADMIN_PASSWORD n'est pas fixé"), "the run command warns about the admin account");
        }
    }
}
