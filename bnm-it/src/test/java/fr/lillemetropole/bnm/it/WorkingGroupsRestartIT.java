package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** An editor's changes to the four groups of the form survive a restart (the initial content never overwrites them). */
class WorkingGroupsRestartIT {

    @Test
    void editedGroupsStayEditedAfterARestart() throws Exception {
        try (Portal portal = new Portal("groups-restart").start()) {
            HttpResponse<String> saved = portal.postJson("/bnm/api/v1/groups/logiciel-metier", "editeur.demo",
                    Portal.DEMO_PASSWORD, "{\"title\":\"Logiciel métier (SIGB)\",\"description\":\"Choix du SIGB.\","
                            + "\"commitment\":\"environ 6 h par mois\"}");
            assertEquals(200, saved.statusCode(), saved.body());

            portal.stop();
            portal.start();

            String page = portal.get("/content/bnm/groupes-de-travail/logiciel-metier.html").body();
            assertTrue(page.contains("Logiciel métier (SIGB)") && page.contains("environ 6 h par mois")
                    && page.contains("Choix du SIGB."), page);
            String list = portal.get("/content/bnm/groupes-de-travail.html").body();
            assertTrue(list.indexOf("Logiciel métier (SIGB)") < list.indexOf("Ressources en ligne")
                    && list.indexOf("Ressources en ligne") < list.indexOf("Médiation numérique")
                    && list.indexOf("Médiation numérique") < list.indexOf("Livres numériques"), "the form's order");
        }
    }
}
