package fr.lillemetropole.bnm.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.testing.BnmContext;

/** The demo feature: its repoinit accounts plus the seeded area give a newcomer working logins. */
@ExtendWith(SlingContextExtension.class)
class DemoTest {

    private static final String DEMO_PASSWORD = "bnm-demo-2022";

    private final SlingContext context = BnmContext.create();

    @Test
    void demoAccountsLogInAndSeeWhatTheirRoleAllows() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.applyRepoinit(admin, BnmContext.read("/features/bnm-module-demo-repoinit.txt"));
        TenantAreas.ensure(admin, new NewTenant("ville-demo", "Ville-Démo", "commune", List.of("Ville-Démo"), null));
        TenantAreas.ensure(admin, new NewTenant("autre", "Autre", "commune", List.of("Autre"), null));

        Session agent = BnmContext.login(context, "agent.demo", DEMO_PASSWORD);
        assertTrue(agent.nodeExists("/var/bnm/tenants/ville-demo"));
        assertFalse(agent.nodeExists("/var/bnm/tenants/autre"));
        agent.logout();

        Session elected = BnmContext.login(context, "elu.demo", DEMO_PASSWORD);
        assertTrue(elected.nodeExists("/var/bnm/tenants/ville-demo"));
        elected.logout();

        Session instructor = BnmContext.login(context, "instructeur.demo", DEMO_PASSWORD);
        assertTrue(instructor.nodeExists("/var/bnm/tenants/autre"));
        instructor.logout();

        Session editor = BnmContext.login(context, "editeur.demo", DEMO_PASSWORD);
        assertFalse(editor.nodeExists("/var/bnm/tenants/ville-demo"));
        assertTrue(editor.nodeExists("/content/bnm"));
        editor.logout();
    }

    @Test
    void theBannerShowsTheUrlAndEveryLogin() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoSeeder.printBanner(new PrintStream(out, true, StandardCharsets.UTF_8), "http://127.0.0.1:8080/",
                List.of("agent.demo|bnm-demo-2022|agent", "elu.demo|bnm-demo-2022|élu"));
        String banner = out.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("http://127.0.0.1:8080/"));
        assertTrue(banner.contains("agent.demo"));
        assertTrue(banner.contains("élu"));
        assertEquals(2, banner.split("bnm-demo-2022", -1).length - 1);
    }
}
