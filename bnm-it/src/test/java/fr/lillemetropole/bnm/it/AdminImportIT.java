package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The MEL starts a campaign with a spreadsheet of communes; each agent sets their own password from a link. */
class AdminImportIT extends WithTenants {

    private static final String HEADER = "slug;nom;type;communes membres;commune tête;login agent;nom agent;"
            + "e-mail agent;login élu;nom élu;e-mail élu\n";
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> importCsv(String csv, String login) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.uri("/bnm/api/v1/tenants/import"))
                .header("Authorization", Portal.basic(login, Tenancy.PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSpreadsheetOfCommunesImportsAndEachAgentSetsTheirPasswordOnce() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFF" + HEADER);
        for (int i = 1; i <= 12; i++) {
            csv.append("imp-").append(i).append(";Commune importée ").append(i).append(";commune;;;agent.imp").append(i)
                    .append(";Agent ").append(i).append(";agent").append(i).append("@imp.example.org;;;\n");
        }
        assertEquals(403, importCsv(csv.toString(), Tenancy.AGENT_A).statusCode(), "MEL admins only");
        HttpResponse<String> imported = importCsv(csv.toString(), Tenancy.MEL_ADMIN);
        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode report = json.readTree(imported.body());
        assertEquals(12, report.get("tenants").size());
        String link = report.get("accounts").get(0).get("invitation").asText();
        String token = link.substring(link.indexOf("jeton=") + "jeton=".length());

        HttpResponse<String> set = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/bnm/api/v1/invitations/" + token)).header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:" + portal.port())
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"un-mot-de-passe-choisi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(200, portal.get("/bnm/api/v1/me", "agent.imp1", "un-mot-de-passe-choisi").statusCode(),
                "the agent logs in with the password they chose");
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/bnm/api/v1/invitations/" + token)).header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:" + portal.port())
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"un-autre-mot-de-passe\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), "a link serves once");
        assertEquals(401, portal.get("/bnm/api/v1/me", "agent.imp1", "un-autre-mot-de-passe").statusCode());
    }

    @Test
    void aSpreadsheetWithOneBadLineImportsNothingAndNamesTheLine() throws Exception {
        String csv = HEADER + "bad-1;Commune 1;commune;;;agent.bad1;Agent 1;agent1@bad.example.org;;;\n"
                + "bad-2;Commune 2;commune;;;agent.bad2;Agent 2;pas-une-adresse;;;\n";
        HttpResponse<String> refused = importCsv(csv, Tenancy.MEL_ADMIN);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Ligne 3"), refused.body());
        assertEquals(404, portal.get("/bnm/api/v1/tenants/bad-1", Tenancy.MEL_ADMIN, Tenancy.PASSWORD).statusCode(),
                "nothing half-imported");
    }
}
