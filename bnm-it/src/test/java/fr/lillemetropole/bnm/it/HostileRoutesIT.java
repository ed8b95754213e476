package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every attack of the hardening review, replayed on a filed dossier by every kind of account
 * (its agent and elected official, an editor, an instructor, a MEL admin, Sling's admin): each is
 * refused, and the dossier, its ETag, status, receipt and history are exactly as before.
 */
@ExtendWith(SharedPortal.class)
class HostileRoutesIT {

    static final String TENANT = "hostile-a";
    static final String CAMPAIGN = "ami-bnm-2022";
    static final String AGENT = "agent.hostile";
    static final String ELECTED = "elu.hostile";
    static final String PASSWORD = Tenancy.PASSWORD;
    static final String API = "/bnm/api/v1/campaigns/" + CAMPAIGN + "/dossiers/" + TENANT;
    static final String NODE = "/var/bnm/tenants/" + TENANT + "/dossiers/" + CAMPAIGN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean filed;

    private Portal portal;

    @BeforeEach
    void fileTheDossier(Portal portal) throws Exception {
        this.portal = portal;
        if (filed) {
            return;
        }
        Tenancy.ensure(portal);
        created(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD,
                "{\"slug\":\"" + TENANT + "\",\"name\":\"Commune Hostile\",\"kind\":\"commune\",\"memberCommunes\":[]}"));
        created(portal.postJson("/bnm/api/v1/tenants/" + TENANT + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account(AGENT, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/" + TENANT + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account(ELECTED, "elected")));
        ObjectNode dossier = (ObjectNode) JSON.readTree(fixture());
        ((ObjectNode) dossier.get("validation")).put("mode", "deliberation").put("date", "2022-09-26")
                .put("number", "2022-DEL-117");
        HttpResponse<String> saved = portal.putJson(API, AGENT, PASSWORD, dossier.toString(), null);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = portal.postJson(API + "/submit", AGENT, PASSWORD, "{}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        filed = true;
    }

    /** What a user would compare: the document, its ETag, its status, the receipt check and the history. */
    private record Snapshot(String etag, JsonNode document, String status, int historySize, boolean intact) {
    }

    private Snapshot snapshot() throws Exception {
        HttpResponse<String> document = portal.get(API, AGENT, PASSWORD);
        assertEquals(200, document.statusCode(), "the filed dossier is still there");
        JsonNode status = JSON.readTree(portal.get(API + "/status", AGENT, PASSWORD).body());
        JsonNode verify = JSON.readTree(portal.get(API + "/receipt/verify", AGENT, PASSWORD).body());
        return new Snapshot(document.headers().firstValue("ETag").orElse(""), JSON.readTree(document.body()),
                status.get("status").asText(), status.get("history").size(), verify.path("intact").asBoolean());
    }

    private void assertUnchanged(Snapshot before, String attack) throws Exception {
        Snapshot after = snapshot();
        assertEquals(before, after, attack + " changed the filed dossier");
        assertTrue(after.intact(), attack + ": the receipt no longer verifies");
    }

    static final List<String> EVERY_ACCOUNT = List.of(AGENT, ELECTED, Tenancy.EDITOR, Tenancy.INSTRUCTOR,
            Tenancy.MEL_ADMIN, "admin");

    private static String password(String login) {
        return "admin".equals(login) ? Portal.ADMIN_PASSWORD : PASSWORD;
    }

    @Test
    void theFiledDossierVerifiesAgainstItsReceipt() throws Exception {
        HttpResponse<String> response = portal.get(API + "/receipt/verify", Tenancy.INSTRUCTOR, PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode check = JSON.readTree(response.body());
        assertTrue(check.get("intact").asBoolean());
        assertEquals(check.get("receiptSha256").asText(), check.get("computedSha256").asText());
        assertTrue(check.get("message").asText().contains("intact"), check.toString());
        assertEquals(404, portal.get(API + "/receipt/verify", Tenancy.AGENT_B, PASSWORD).statusCode(),
                "another commune does not even learn that the dossier exists");
    }

    @Test
    void thePostServletCannotReachTheDossierByAnyParameter() throws Exception {
        Snapshot before = snapshot();
        String doc = NODE + "/document";
        List<String[]> attacks = List.of(
                new String[] {"/content/bnm", doc + "/motivation=Réécrit+par+le+servlet+POST"},
                new String[] {"/content/bnm", ":applyTo=" + doc + "&motivation=Réécrit+avec+applyTo"},
                new String[] {"/content/bnm", ":applyTo=" + NODE + "&:operation=delete"},
                new String[] {"/content/bnm", ":operation=delete&:applyTo=../var/bnm/tenants/" + TENANT},
                new String[] {"/content/bnm/vol", "motivation@MoveFrom=" + doc + "/motivation"},
                new String[] {"/content/bnm/copie", "document@CopyFrom=" + doc},
                new String[] {"/content/bnm", ":operation=move&:applyTo=" + NODE + "&:dest=/content/bnm/vole"},
                new String[] {NODE, "bnm:revision=99&bnm:status=draft"},
                new String[] {NODE + "/signatures/faux", "bnm:actor=" + ELECTED + "&bnm:at=2022-09-26T00:00:00Z"},
                new String[] {NODE + "/notes", "jcr:primaryType=bnm:EntryList"},
                new String[] {"/var/bnm/tenants/" + TENANT + "/history/faux",
                        "jcr:primaryType=bnm:AuditEntry&bnm:actor=it.admin&bnm:action=dossier.accept"
                                + "&bnm:at=2022-09-26T00:00:00Z"},
                new String[] {"/content/bnm", ":operation=import&:contentType=json&:name=x&:content="
                        + "%7B%22motivation%22%3A%22x%22%7D&:applyTo=" + doc});
        for (String login : EVERY_ACCOUNT) {
            for (String[] attack : attacks) {
                HttpResponse<String> response = portal.postForm(attack[0], login, password(login), attack[1]);
                assertTrue(response.statusCode() == 403 || response.statusCode() == 404,
                        login + " POST " + attack[0] + " " + attack[1] + " answered " + response.statusCode());
                assertUnchanged(before, login + " POST " + attack[0] + " " + attack[1]);
            }
        }
    }

    @Test
    void theApiRefusesToChangeAFiledDossier() throws Exception {
        Snapshot before = snapshot();
        ObjectNode edited = (ObjectNode) before.document().deepCopy();
        edited.put("motivation", "Changée après le dépôt");
        for (String login : List.of(AGENT, ELECTED)) {
            HttpResponse<String> put = portal.putJson(API, login, PASSWORD, edited.toString(), before.etag());
            assertEquals(409, put.statusCode(), put.body());
            assertTrue(put.body().contains("déposé"), put.body());
        }
        for (String login : List.of(Tenancy.INSTRUCTOR, Tenancy.MEL_ADMIN, Tenancy.EDITOR)) {
            int status = portal.putJson(API, login, PASSWORD, edited.toString(), before.etag()).statusCode();
            assertTrue(status == 403 || status == 404, login + " answered " + status);
        }
        assertEquals(409, portal.postJson(API + "/sign", ELECTED, PASSWORD, "{}").statusCode(), "no signing");
        assertEquals(409, portal.postJson(API + "/submit", AGENT, PASSWORD, "{}").statusCode(), "no second filing");
        assertUnchanged(before, "the API");
    }

    @Test
    void slingsUserManagerIsForSlingAdminsOnly() throws Exception {
        for (String login : List.of(AGENT, Tenancy.EDITOR, Tenancy.MEL_ADMIN)) {
            HttpResponse<String> password = portal.postForm("/system/userManager/user/" + login
                    + ".changePassword.html", login, PASSWORD, "oldPwd=" + PASSWORD + "&newPwd=court&newPwdConfirm=court");
            assertEquals(403, password.statusCode(), login + " changes its password behind the portal");
            assertEquals(200, portal.get("/bnm/api/v1/me", login, PASSWORD).statusCode(), "the old password still works");
            HttpResponse<String> rename = portal.postForm("/system/userManager/user/" + login + ".update.html", login,
                    PASSWORD, "displayName=MEL+Administrateur");
            assertEquals(403, rename.statusCode(), login + " renames itself");
            assertFalse(portal.get("/bnm/api/v1/me", login, PASSWORD).body().contains("MEL Administrateur"));
            HttpResponse<String> create = portal.postForm("/system/userManager/user.create.html", login, PASSWORD,
                    ":name=intrus&pwd=mot-de-passe-intrus&pwdConfirm=mot-de-passe-intrus");
            assertEquals(403, create.statusCode(), login + " creates an account");
        }
    }

    @Test
    void noAccountJoinsAGroupOrChangesAnotherThroughTheUserManager() throws Exception {
        for (String login : List.of(AGENT, Tenancy.EDITOR, Tenancy.INSTRUCTOR, Tenancy.MEL_ADMIN)) {
            HttpResponse<String> join = portal.postForm("/system/userManager/group/bnm-mel-admins.update.html", login,
                    PASSWORD, ":member=" + login);
            assertEquals(403, join.statusCode(), login + " joins the MEL admins");
            HttpResponse<String> other = portal.postForm("/system/userManager/user/" + ELECTED + ".update.html", login,
                    PASSWORD, "displayName=Pirate");
            assertEquals(403, other.statusCode(), login + " renames the elected official");
        }
        JsonNode me = JSON.readTree(portal.get("/bnm/api/v1/me", AGENT, PASSWORD).body());
        assertFalse(me.get("roles").toString().contains("admin"), me.toString());
    }

    @Test
    void otherMethodsAndAnonymousCallersChangeNothingEither() throws Exception {
        Snapshot before = snapshot();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String method : List.of("DELETE", "PUT", "POST")) {
            for (String path : List.of(NODE, NODE + "/document", "/var/bnm/tenants/" + TENANT)) {
                for (String login : List.of(AGENT, Tenancy.MEL_ADMIN, "admin")) {
                    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(portal.uri(path))
                            .header("Authorization", Portal.basic(login, password(login)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(":operation=delete"))
                            .build();
                    int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    assertTrue(status == 403 || status == 404 || status == 405, login + " " + method + " " + path
                            + " answered " + status);
                }
                int anonymous = client.send(java.net.http.HttpRequest.newBuilder(portal.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(":operation=delete")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
                assertTrue(anonymous == 401 || anonymous == 403 || anonymous == 404, "anonymous " + path);
            }
        }
        assertUnchanged(before, "other methods");
    }

    @Test
    void anEditorCannotStoreAFileThroughThePostServlet() throws Exception {
        HttpResponse<String> upload = portal.postForm("/content/bnm/piege.html", Tenancy.EDITOR, PASSWORD,
                "jcr:primaryType=nt:unstructured&text=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(403, upload.statusCode(), upload.body());
        assertEquals(404, portal.get("/content/bnm/piege.json").statusCode(), "nothing was stored");
    }

    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                response.statusCode() + " " + response.body());
    }

    private static String fixture() throws Exception {
        try (InputStream in = HostileRoutesIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
