package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The public partner-library directory on a launched portal: an accepted network's two libraries in the JSON,
 * the CSV, the list and their own pages, with no person's name, e-mail nor élu data anywhere; a returned and a
 * rejected dossier kept out; an editor hides and shows a library again; 304 for a current copy; nobody writes the
 * directory through Sling's POST servlet, and a commune account cannot hide a library.
 */
class DirectoryIT extends WithTenants {

    private static final String PASSWORD = Tenancy.PASSWORD;
    private static final String API = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/";
    private static final String LIBRARIES = "/bnm/api/v1/libraries";
    private static final String NETWORK = "dir-reseau";
    private static final String COMMUNE = "dir-commune";
    private static final String LIB_1 = "Bibliothèque Annuaire Un";
    private static final String LIB_2 = "Médiathèque Annuaire Deux";
    private static final String REJECTED_LIB = "Bibliothèque Annuaire Refusée";
    /** What must never leave the dossier: managers' names, libraries' e-mails, the élu, the project lead. */
    private static final List<String> SECRETS = List.of("Gaspard-Responsable", "Hortense-Responsable",
            "annuaire-secret@", "Elu-Annuaire-Privé", "elu-annuaire@", "Cheffe-Projet-Privée", "cheffe-annuaire@",
            "0399887766");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptedLibrariesArePublicWithPublicFieldsOnlyAndEditorsHideThem() throws Exception {
        tenant(NETWORK, "Réseau Annuaire", "network");
        tenant(COMMUNE, "Commune Annuaire", "commune");
        String network = networkDossier();

        // filed, then returned: out
        file(NETWORK, network);
        move(NETWORK, "in_review", null);
        move(NETWORK, "returned", "Précisez les horaires.");
        assertFalse(anonymous(LIBRARIES).body().contains(LIB_1), "a returned dossier keeps its libraries out");
        // filed again and accepted: in the JSON, the CSV, the list and each library's page
        file(NETWORK, network);
        move(NETWORK, "in_review", null);
        move(NETWORK, "accepted", null);

        HttpResponse<String> data = anonymous(LIBRARIES);
        assertEquals(200, data.statusCode(), data.body());
        JsonNode body = json.readTree(data.body());
        assertEquals("Licence Ouverte 2.0", body.at("/licence/name").asText());
        assertTrue(body.at("/licence/url").asText().startsWith("https://"));
        assertFalse(body.get("updatedAt").asText().isEmpty());
        JsonNode one = library(body, LIB_1);
        JsonNode two = library(body, LIB_2);
        assertEquals("Wervicq-Sud", one.get("commune").asText());
        assertEquals("Comines", two.get("commune").asText());
        assertEquals("Réseau Annuaire Lys", one.get("network").asText());
        assertEquals("03 20 11 22 33", one.get("phone").asText());
        assertEquals(37.5, one.get("openingHoursPerWeek").asDouble());
        assertTrue(one.at("/services/wifi").asBoolean());
        assertTrue(one.at("/commitments/ils").asBoolean());
        noSecret(data.body(), "the JSON");

        HttpResponse<String> csv = anonymous(LIBRARIES + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("Identifiant;Nom;Commune;Réseau;Adresse;Téléphone"), csv.body());
        assertTrue(csv.body().contains(LIB_1 + ";Wervicq-Sud;Réseau Annuaire Lys;"), csv.body());
        assertTrue(csv.body().contains(";37,5;Oui;"), csv.body());
        noSecret(csv.body(), "the CSV");

        String list = anonymous("/content/bnm/bibliotheques.html").body();
        assertTrue(list.contains(LIB_1) && list.contains(LIB_2), "the list page");
        noSecret(list, "the list page");
        String filtered = anonymous("/content/bnm/bibliotheques.html?commune=Comines").body();
        assertTrue(filtered.contains(LIB_2) && !filtered.contains(LIB_1), "the commune filter");
        String page = one.get("page").asText();
        HttpResponse<String> own = anonymous(page);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(LIB_1) && own.body().contains("03 20 11 22 33"), "its own page");
        assertTrue(own.body().contains("Wi-Fi public"), "services in French");
        noSecret(own.body(), "its own page");
        String node = page.substring(0, page.length() - ".html".length());
        for (String rendering : List.of(node + ".json", node + ".infinity.json", node + ".xml",
                "/content/bnm/bibliotheques.infinity.json", "/content/bnm/bibliotheques.tidy.2.json")) {
            noSecret(anonymous(rendering).body(), rendering);
        }
        assertTrue(anonymous("/content/bnm.html").body().contains("communes partenaires"), "the home page's counts");

        // a client polling cheaply
        String etag = data.headers().firstValue("ETag").orElseThrow();
        String lastModified = data.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, anonymous(LIBRARIES, "If-None-Match", etag).statusCode());
        assertEquals(304, anonymous(LIBRARIES, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, anonymous(LIBRARIES, "If-None-Match", "\"autre\"").statusCode());
        assertNotEquals(etag, anonymous(LIBRARIES + ".csv").headers().firstValue("ETag").orElse(etag));

        // nobody writes the directory through Sling's POST servlet; a commune account cannot hide a library
        String form = "bnm:name=" + URLEncoder.encode("Piratée", StandardCharsets.UTF_8);
        HttpResponse<String> anonymousPost = CLIENT.send(HttpRequest.newBuilder(portal.uri(node))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymousPost.statusCode() >= 400, "anonymous POST: " + anonymousPost.statusCode());
        assertTrue(portal.postForm(node, Tenancy.EDITOR, PASSWORD, form).statusCode() >= 400, "editor POST");
        assertFalse(anonymous(LIBRARIES).body().contains("Piratée"));
        String slug = one.get("id").asText();
        String correction = LIBRARIES + "/" + slug + "/correction";
        assertEquals(403, portal.postJson(correction, "agent." + NETWORK, PASSWORD, "{\"hidden\":true}").statusCode());
        assertEquals(403, portal.postJson(correction, Tenancy.INSTRUCTOR, PASSWORD, "{\"hidden\":true}").statusCode());

        // an editor hides it: gone from everything; shown again: back
        HttpResponse<String> hidden = portal.postJson(correction, Tenancy.EDITOR, PASSWORD, "{\"hidden\":true}");
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertFalse(anonymous(LIBRARIES).body().contains(LIB_1));
        assertFalse(anonymous(LIBRARIES + ".csv").body().contains(LIB_1));
        assertFalse(anonymous("/content/bnm/bibliotheques.html").body().contains(LIB_1));
        assertEquals(404, anonymous(page).statusCode());
        assertEquals(200, anonymous(LIBRARIES, "If-None-Match", etag).statusCode(), "the data changed");
        assertTrue(portal.get("/content/bnm/bibliotheques.html", Tenancy.EDITOR, PASSWORD).body().contains(LIB_1),
                "editors find it among the hidden ones");
        assertEquals(200, portal.postJson(correction, Tenancy.EDITOR, PASSWORD,
                "{\"hidden\":false,\"description\":\"Fiche relue par la rédaction.\"}").statusCode());
        assertEquals("Fiche relue par la rédaction.", library(json.readTree(anonymous(LIBRARIES).body()), LIB_1)
                .get("description").asText());
        assertEquals(200, anonymous(page).statusCode());
        // the page's own form (no JavaScript): editors see it, the public does not; a blank description clears it
        assertTrue(portal.get(page, Tenancy.EDITOR, PASSWORD).body().contains("Enregistrer la description"));
        assertFalse(anonymous(page).body().contains("Enregistrer la description"));
        HttpResponse<String> cleared = portal.postForm(correction, Tenancy.EDITOR, PASSWORD,
                "description=&:redirect=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        assertEquals(302, cleared.statusCode(), cleared.body());
        assertTrue(cleared.headers().firstValue("Location").orElse("").endsWith(page));
        assertTrue(library(json.readTree(anonymous(LIBRARIES).body()), LIB_1).get("description").isNull());

        // filed and rejected: out
        file(COMMUNE, communeDossier());
        move(COMMUNE, "in_review", null);
        move(COMMUNE, "rejected", "Hors critères.");
        assertFalse(anonymous(LIBRARIES).body().contains(REJECTED_LIB), "a rejected dossier keeps its libraries out");
        assertFalse(anonymous("/content/bnm/bibliotheques.html").body().contains(REJECTED_LIB));
    }

    private JsonNode library(JsonNode body, String name) {
        for (JsonNode library : body.get("libraries")) {
            if (name.equals(library.get("name").asText())) {
                return library;
            }
        }
        throw new AssertionError(name + " not in " + body);
    }

    private static void noSecret(String text, String where) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), secret + " in " + where);
        }
    }

    private HttpResponse<String> anonymous(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void tenant(String slug, String name, String kind) throws Exception {
        created(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD, "{\"slug\":\"" + slug
                + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"memberCommunes\":"
                + ("network".equals(kind) ? "[\"Comines\",\"Wervicq-Sud\"],\"headCommune\":\"Comines\"" : "[]") + "}"));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("agent." + slug, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("elu." + slug, "elected")));
    }

    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    private void file(String slug, String document) throws Exception {
        HttpResponse<String> current = portal.get(API + slug, "agent." + slug, PASSWORD);
        String etag = current.statusCode() == 200 ? current.headers().firstValue("ETag").orElse(null) : null;
        HttpResponse<String> saved = portal.putJson(API + slug, "agent." + slug, PASSWORD, document, etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(API + slug + "/sign", "elu." + slug, PASSWORD, "").statusCode());
        HttpResponse<String> filed = portal.postJson(API + slug + "/submit", "agent." + slug, PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
    }

    private void move(String slug, String to, String comment) throws Exception {
        HttpResponse<String> moved = portal.postJson(API + slug + "/transitions", Tenancy.INSTRUCTOR, PASSWORD,
                json.createObjectNode().put("to", to).put("comment", comment).toString());
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** The Armentières dossier with private data of its own, as a network of two libraries. */
    private String networkDossier() throws Exception {
        ObjectNode d = withPrivateData(fixture());
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("kind", "network");
        ObjectNode network = applicant.putObject("network");
        network.put("name", "Réseau Annuaire Lys");
        network.putArray("memberCommunes").add("Comines").add("Wervicq-Sud");
        network.put("salariedCoordinator", true);
        network.put("headCommune", "Comines");
        applicant.put("communeName", "Comines");
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        String[][] values = {{LIB_1, "Gaspard-Responsable", "2 place de la Mairie, 59117 Wervicq-Sud", "03 20 11 22 33"},
                {LIB_2, "Hortense-Responsable", "8 rue de la Gare, 59560 Comines", "03 20 44 55 66"}};
        for (int i = 0; i < 2; i++) {
            ObjectNode library = (ObjectNode) libraries.get(i);
            ObjectNode presentation = (ObjectNode) library.get("presentation");
            presentation.put("name", values[i][0]).put("manager", values[i][1]).put("address", values[i][2])
                    .put("phone", values[i][3]).put("email", "annuaire-secret@example.org")
                    .put("networkMembership", "intercommunal").put("networkName", "Réseau Annuaire Lys")
                    .put("networkLibraryCount", 2);
            presentation.putArray("associatedCommunes").add("Comines").add("Wervicq-Sud");
            library.put("openingHoursPerWeek", 37.5);
        }
        return d.toString();
    }

    private String communeDossier() throws Exception {
        ObjectNode d = withPrivateData(fixture());
        ((ObjectNode) d.at("/libraries/0/presentation")).put("name", REJECTED_LIB);
        return d.toString();
    }

    private ObjectNode withPrivateData(String seed) throws Exception {
        ObjectNode d = (ObjectNode) json.readTree(seed);
        ((ObjectNode) d.get("electedOfficial")).put("lastName", "Elu-Annuaire-Privé")
                .put("email", "elu-annuaire@example.org");
        ((ObjectNode) d.get("projectLead")).put("lastName", "Cheffe-Projet-Privée")
                .put("email", "cheffe-annuaire@example.org").put("phone", "0399887766");
        return d;
    }

    private static String fixture() throws Exception {
        try (InputStream in = DirectoryIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
