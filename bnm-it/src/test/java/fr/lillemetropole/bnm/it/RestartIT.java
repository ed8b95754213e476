package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Data written before a stop (Ctrl-C) is there after the next ./bnm run on the same BNM_HOME. */
class RestartIT {

    @Test
    void contentSurvivesARestart() throws Exception {
        String question = "Peut-on candidater après la date limite ?";
        String entry = "/content/bnm/faq/candidature/apres-la-date";
        try (Portal portal = new Portal("restart").start()) {
            String form = "jcr:primaryType=bnm:FaqEntry"
                    + "&bnm:question=" + URLEncoder.encode(question, StandardCharsets.UTF_8)
                    + "&bnm:status=draft&_charset_=UTF-8";
            // Sling's admin: portal accounts have no generic write route (editors will publish through their pages)
            HttpResponse<String> created = portal.postForm(entry, "admin", Portal.ADMIN_PASSWORD, form);
            assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());

            portal.stop();
            portal.start();

            HttpResponse<String> after = portal.get(entry + ".json", "editeur.demo", Portal.DEMO_PASSWORD);
            assertEquals(200, after.statusCode());
            assertTrue(after.body().contains(question), after.body());
            assertTrue(after.body().contains("bnm:FaqEntry"));
            assertEquals(200, portal.get("/var/bnm/tenants/ville-demo.json", "agent.demo", Portal.DEMO_PASSWORD)
                    .statusCode(), "the seeded commune area is still there");
        }
    }
}
