package fr.lillemetropole.bnm.it;

import static fr.lillemetropole.bnm.it.Tenancy.AGENT_A;
import static fr.lillemetropole.bnm.it.Tenancy.AGENT_B;
import static fr.lillemetropole.bnm.it.Tenancy.AGENT_NETWORK;
import static fr.lillemetropole.bnm.it.Tenancy.EDITOR;
import static fr.lillemetropole.bnm.it.Tenancy.ELECTED_A;
import static fr.lillemetropole.bnm.it.Tenancy.INSTRUCTOR;
import static fr.lillemetropole.bnm.it.Tenancy.MEL_ADMIN;
import static fr.lillemetropole.bnm.it.Tenancy.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Two communes and a network: for every API endpoint and every JCR-backed URL pattern, a tenant's
 * account reads and writes its own data and gets 404 on the others'; MEL instructors read all,
 * editors none; anonymous callers are asked to log in.
 */
class TenancyIT extends WithTenants {

    /** Sling's default renderings of a resource, and the user manager's. */
    private static final List<String> RENDERINGS = List.of(".json", ".1.json", ".infinity.json", ".tidy.json",
            ".tidy.-1.json", ".harray.json", ".xml", ".html", ".txt", "/dossiers.json", "/history.json",
            "/history.infinity.json");

    private final ObjectMapper json = new ObjectMapper();


    @Test
    void eachCommuneAccountListsOnlyItsOwnTenant() throws Exception {
        assertEquals(List.of("commune-a"), tenantSlugs(AGENT_A));
        assertEquals(List.of("commune-a"), tenantSlugs(ELECTED_A));
        assertEquals(List.of("commune-b"), tenantSlugs(AGENT_B));
        assertEquals(List.of("reseau-c"), tenantSlugs(AGENT_NETWORK));
        assertTrue(tenantSlugs(INSTRUCTOR).containsAll(List.of("commune-a", "commune-b", "reseau-c")));
        assertEquals(List.of(), tenantSlugs(EDITOR));
    }

    @Test
    void anotherTenantIsNotFoundThroughTheApi() throws Exception {
        assertEquals(200, portal.get("/bnm/api/v1/tenants/commune-a", AGENT_A, PASSWORD).statusCode());
        assertEquals(404, portal.get("/bnm/api/v1/tenants/commune-b", AGENT_A, PASSWORD).statusCode());
        assertEquals(404, portal.get("/bnm/api/v1/tenants/reseau-c", ELECTED_A, PASSWORD).statusCode());
        assertEquals(404, portal.get("/bnm/api/v1/tenants/commune-a", EDITOR, PASSWORD).statusCode());
        assertEquals(200, portal.get("/bnm/api/v1/tenants/commune-b", INSTRUCTOR, PASSWORD).statusCode());
    }

    @Test
    void meTellsEachAccountItsRoleAndTenant() throws Exception {
        JsonNode me = json.readTree(portal.get("/bnm/api/v1/me", ELECTED_A, PASSWORD).body());
        assertEquals(ELECTED_A, me.get("login").asText());
        assertEquals("elu.a (IT)", me.get("displayName").asText());
        assertEquals("[\"elected\"]", me.get("roles").toString());
        assertEquals("[\"commune-a\"]", me.get("tenants").toString());
        assertEquals("[\"instructor\"]", json.readTree(portal.get("/bnm/api/v1/me", INSTRUCTOR, PASSWORD).body())
                .get("roles").toString());
    }

    @Test
    void everyJcrUrlOfAnotherTenantAnswers404() throws Exception {
        for (String rendering : RENDERINGS) {
            String other = "/var/bnm/tenants/commune-b" + rendering;
            int status = portal.get(other, AGENT_A, PASSWORD).statusCode();
            assertTrue(status == 404 || status == 403, other + " answered " + status + " to agent A");
            status = portal.get(other, EDITOR, PASSWORD).statusCode();
            assertTrue(status == 404 || status == 403, other + " answered " + status + " to the editor");
        }
        assertEquals(200, portal.get("/var/bnm/tenants/commune-a.json", AGENT_A, PASSWORD).statusCode());
        assertEquals(200, portal.get("/var/bnm/tenants/commune-a/history.1.json", ELECTED_A, PASSWORD).statusCode());
        assertEquals(200, portal.get("/var/bnm/tenants/commune-b.infinity.json", INSTRUCTOR, PASSWORD).statusCode());
        assertFalse(portal.get("/var/bnm/tenants.infinity.json", AGENT_A, PASSWORD).body().contains("commune-b"));
    }

    @Test
    void accountsAndGroupsOfAnotherTenantAreHidden() throws Exception {
        for (String path : List.of("/system/userManager/user/" + AGENT_B + ".json",
                "/system/userManager/group/bnm-tenant-commune-b-agents.json",
                "/system/userManager/group/bnm-tenant-commune-b-agents.tidy.json")) {
            HttpResponse<String> response = portal.get(path, AGENT_A, PASSWORD);
            assertFalse(response.statusCode() == 200 && response.body().contains(AGENT_B), path);
        }
        assertEquals(200, portal.get("/system/userManager/user/" + ELECTED_A + ".json", AGENT_A, PASSWORD)
                .statusCode(), "a commune's team is visible to its members");
    }

    @Test
    void noGenericWriteReachesTheProtectedTree() throws Exception {
        for (String[] attempt : new String[][] {
                {AGENT_A, "/var/bnm/tenants/commune-a/dossiers/ami-test-2022"},
                {AGENT_A, "/var/bnm/tenants/commune-b/dossiers/intrus"},
                {AGENT_A, "/var/bnm/tenants/commune-a/history/faux"},
                {INSTRUCTOR, "/var/bnm/tenants/commune-a"},
                {MEL_ADMIN, "/var/bnm/tenants/commune-a"}}) {
            HttpResponse<String> response = portal.postForm(attempt[1], attempt[0], PASSWORD,
                    "jcr:primaryType=bnm:Dossier&bnm:campaign=ami-test-2022&bnm:status=accepted&bnm:tenant=commune-a");
            assertEquals(403, response.statusCode(), attempt[0] + " " + attempt[1]);
            assertTrue(response.body().contains("API du portail"), response.body());
        }
        assertEquals(404, portal.get("/var/bnm/tenants/commune-b/dossiers/intrus.json", AGENT_B, PASSWORD).statusCode());
        for (String remoting : List.of("/server/default/jcr:root/var/bnm.json", "/dav/default/var/bnm")) {
            int status = portal.get(remoting, AGENT_A, PASSWORD).statusCode();
            assertTrue(status == 404 || status == 403, remoting + " answered " + status + ": JCR remoting is off");
        }
    }

    @Test
    void onlyMelAdminsManageTenantsAndAccounts() throws Exception {
        for (String login : List.of(AGENT_A, INSTRUCTOR, EDITOR)) {
            assertEquals(403, portal.postJson("/bnm/api/v1/tenants", login, PASSWORD,
                    "{\"name\":\"Pirate\",\"kind\":\"commune\"}").statusCode(), login);
            assertEquals(403, portal.postJson("/bnm/api/v1/staff", login, PASSWORD,
                    Tenancy.account("pirate." + login, "admin")).statusCode(), login);
            assertEquals(403, portal.get("/bnm/api/v1/users", login, PASSWORD).statusCode(), login);
        }
        assertEquals(200, portal.get("/bnm/api/v1/users", MEL_ADMIN, PASSWORD).statusCode());
    }

    @Test
    void anonymousCallersAreAskedToLogIn() throws Exception {
        for (String path : List.of("/bnm/api/v1/me", "/bnm/api/v1/tenants", "/bnm/api/v1/tenants/commune-a",
                "/bnm/api/v1/users")) {
            assertEquals(401, portal.get(path).statusCode(), path);
        }
        assertEquals(401, portal.postForm("/bnm/api/v1/tenants", "nobody", "nothing-at-all",
                "name=X&kind=commune").statusCode());
    }

    @Test
    void duplicatesAndBadInputAreRefusedInFrench() throws Exception {
        HttpResponse<String> duplicate = portal.postJson("/bnm/api/v1/tenants", MEL_ADMIN, PASSWORD,
                "{\"slug\":\"commune-a\",\"name\":\"Commune A\",\"kind\":\"commune\"}");
        assertEquals(409, duplicate.statusCode());
        assertEquals("application/problem+json;charset=utf-8",
                duplicate.headers().firstValue("Content-Type").orElse("").toLowerCase());

        HttpResponse<String> bad = portal.postJson("/bnm/api/v1/tenants/commune-a/users", MEL_ADMIN, PASSWORD,
                "{\"login\":\"court\",\"password\":\"onze-carac\",\"displayName\":\"X\",\"email\":\"x@example.org\","
                        + "\"role\":\"agent\"}");
        assertEquals(400, bad.statusCode());
        JsonNode error = json.readTree(bad.body()).get("errors").get(0);
        assertEquals("/password", error.get("pointer").asText());
        assertEquals("schema", error.get("rule").asText());
        assertTrue(error.get("message").asText().contains("12 caractères"));
        assertEquals(401, portal.get("/bnm/api/v1/me", "court", "onze-carac").statusCode(), "nothing was created");
    }

    @Test
    void theCommuneAreaShowsTheAccountsOwnTenantOnly() throws Exception {
        String html = portal.get("/content/bnm/espace-commune.html", AGENT_A, PASSWORD).body();
        assertTrue(html.contains("Commune A"), html);
        assertTrue(html.contains("elu.a (IT) — Élu référent"), "the team of commune A");
        assertTrue(html.contains("Création de l&#39;espace") || html.contains("Création de l'espace"), "its history");
        assertFalse(html.contains("Commune B"));
        assertFalse(portal.get("/content/bnm/espace-commune.html", AGENT_B, PASSWORD).body().contains("Commune A"));
    }

    private List<String> tenantSlugs(String login) throws Exception {
        HttpResponse<String> response = portal.get("/bnm/api/v1/tenants", login, PASSWORD);
        assertEquals(200, response.statusCode(), login + ": " + response.body());
        List<String> slugs = new ArrayList<>();
        for (JsonNode tenant : json.readTree(response.body())) {
            if (!"ville-demo".equals(tenant.get("slug").asText())) {
                slugs.add(tenant.get("slug").asText());
            }
        }
        return slugs;
    }
}
