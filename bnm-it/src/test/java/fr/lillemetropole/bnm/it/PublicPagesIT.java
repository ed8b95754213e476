package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an anonymous visitor sees. */
@ExtendWith(SharedPortal.class)
class PublicPagesIT {

    @Test
    void theBareHostLeadsToTheHomePage(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/content/bnm.html"));
    }

    @Test
    void theHomePageExplainsTheBnmInFrench(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/content/bnm.html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("<title>Bibliothèque Numérique Métropolitaine</title>"));
        assertTrue(html.contains("href=\"#contenu\">Aller au contenu</a>"), "skip link");
        assertTrue(html.contains("<main id=\"contenu\""));
        for (String nav : List.of("Accueil", "FAQ", "Groupes de travail", "Bibliothèques partenaires", "Espace commune")) {
            assertTrue(html.contains(">" + nav + "</a>"), "navigation: " + nav);
        }
        assertTrue(html.contains("aria-current=\"page\">Accueil</a>"));
        for (String tool : List.of("Un logiciel de gestion de bibliothèque", "Des ressources en ligne",
                "Un service expérimental de médiation numérique")) {
            assertTrue(html.contains(tool), tool);
        }
        assertTrue(html.contains("Calendrier de l&#39;AMI") || html.contains("Calendrier de l'AMI"));
        assertTrue(html.contains("bnm@lillemetropole.fr"));
        assertTrue(html.contains("Se connecter"));
    }

    @Test
    void everySectionOfTheNavigationAnswers(Portal portal) throws Exception {
        assertPage(portal, "/content/bnm/faq.html", "Foire aux questions", "Quelles communes peuvent candidater ?");
        assertPage(portal, "/content/bnm/groupes-de-travail.html", "Groupes de travail", "Livres numériques");
        assertPage(portal, "/content/bnm/bibliotheques.html", "Bibliothèques partenaires",
                "Données ouvertes"); // the list itself depends on the dossiers other tests accepted
        assertPage(portal, "/content/bnm/connexion.html", "Connexion", "action=\"/j_security_check\"");
    }

    @Test
    void theStylesheetIsServed(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/bnm/static/bnm.css");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(".skip-link"));
    }

    @Test
    void theCommuneAreaAsksAnonymousVisitorsToLogIn(Portal portal) throws Exception {
        HttpResponse<String> response = Portal.browser().send(java.net.http.HttpRequest
                .newBuilder(portal.uri("/content/bnm/espace-commune.html"))
                .header("Accept", "text/html").header("User-Agent", "Mozilla/5.0").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/content/bnm/connexion.html"));
    }

    private static void assertPage(Portal portal, String path, String title, String text) throws Exception {
        HttpResponse<String> response = portal.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.body().contains("<h1>" + title + "</h1>"), path);
        assertTrue(response.body().contains(text), path + " should contain " + text);
    }
}
