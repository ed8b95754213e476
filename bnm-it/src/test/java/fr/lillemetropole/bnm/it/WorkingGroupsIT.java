package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Working groups on a launched portal: members follow the filed dossiers' enrolments (through the page and
 * the API, across a return and a refiling); anonymous visitors see only the public part by every route;
 * commune accounts neither upload nor write through Sling; documents are checked from their bytes.
 */
class WorkingGroupsIT extends WithTenants {

    private static final String PASSWORD = Tenancy.PASSWORD;
    private static final String DOSSIERS = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/";
    private static final String GROUPS = "/bnm/api/v1/groups/";
    private static final String PAGES = "/content/bnm/groupes-de-travail";
    private static final List<String> SLUGS = List.of("logiciel-metier", "ressources-en-ligne", "mediation-numerique",
            "livres-numeriques");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private final ObjectMapper json = new ObjectMapper();

    private void tenant(String slug, String name) throws Exception {
        created(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD, "{\"slug\":\"" + slug
                + "\",\"name\":\"" + name + "\",\"kind\":\"commune\",\"memberCommunes\":[]}"));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("agent." + slug, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("elu." + slug, "elected")));
    }

    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    /** Saved by the agent with these groups ticked, signed by the élu, filed. */
    private void file(String slug, String... groups) throws Exception {
        ObjectNode document;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/armentieres-2022.json")) {
            document = (ObjectNode) json.readTree(in);
        }
        var enrolled = ((ObjectNode) document.get("engagement")).putArray("workingGroups");
        Arrays.stream(groups).forEach(enrolled::add);
        HttpResponse<String> current = portal.get(DOSSIERS + slug, "agent." + slug, PASSWORD);
        String etag = current.statusCode() == 200 ? current.headers().firstValue("ETag").orElse(null) : null;
        HttpResponse<String> saved = portal.putJson(DOSSIERS + slug, "agent." + slug, PASSWORD, document.toString(),
                etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(DOSSIERS + slug + "/sign", "elu." + slug, PASSWORD, "").statusCode());
        HttpResponse<String> filed = portal.postJson(DOSSIERS + slug + "/submit", "agent." + slug, PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
    }

    /** The groups whose members include {@code tenant}, by the API, as that commune's agent reads them. */
    private Set<String> groupsOf(String tenant, String login) throws Exception {
        Set<String> in = new TreeSet<>();
        for (String slug : SLUGS) {
            HttpResponse<String> group = portal.get(GROUPS + slug, login, PASSWORD);
            assertEquals(200, group.statusCode(), group.body());
            for (JsonNode member : json.readTree(group.body()).get("members")) {
                if (tenant.equals(member.get("tenant").asText())) {
                    in.add(slug);
                }
            }
        }
        return in;
    }

    private HttpResponse<String> upload(String slug, String login, String fileName, byte[] bytes,
            Map<String, String> fields) throws Exception {
        String boundary = "----bnm" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(portal.uri(GROUPS + slug + "/documents"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", Portal.basic(login, PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void membersFollowTheFiledDossiersEnrolments() throws Exception {
        String slug = "grp-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String name = "Commune Groupes " + slug.substring(4).toUpperCase();
        tenant(slug, name);
        assertEquals(Set.of(), groupsOf(slug, "agent." + slug), "nothing filed: no group");

        file(slug, "ils", "ebooks");
        assertEquals(Set.of("logiciel-metier", "livres-numeriques"), groupsOf(slug, "agent." + slug));
        assertEquals(Set.of("logiciel-metier", "livres-numeriques"), groupsOf(slug, Tenancy.EDITOR),
                "MEL staff read the same members");
        String page = portal.get(PAGES + "/logiciel-metier.html", "agent." + slug, PASSWORD).body();
        assertTrue(page.contains(name), "the group's page lists the commune");
        assertFalse(portal.get(PAGES + "/ressources-en-ligne.html", Tenancy.AGENT_B, PASSWORD).body().contains(name));

        HttpResponse<String> returned = portal.postJson(DOSSIERS + slug + "/transitions", Tenancy.INSTRUCTOR, PASSWORD,
                "{\"to\":\"returned\",\"comment\":\"Précisez vos groupes de travail.\"}");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals(Set.of("logiciel-metier", "livres-numeriques"), groupsOf(slug, "agent." + slug),
                "returned for completion: the last filed version still counts");
        file(slug, "online_resources");
        assertEquals(Set.of("ressources-en-ligne"), groupsOf(slug, "agent." + slug), "refiled: follows at once");
        assertFalse(portal.get(PAGES + "/logiciel-metier.html", "agent." + slug, PASSWORD).body().contains(name));
    }

    @Test
    void anonymousVisitorsSeeThePublicPartOnly() throws Exception {
        String agenda = "Ordre-du-jour-" + System.nanoTime();
        HttpResponse<String> meeting = portal.postJson(GROUPS + "mediation-numerique/meetings", Tenancy.EDITOR,
                PASSWORD, "{\"date\":\"2031-03-12T14:00\",\"place\":\"Hôtel de la MEL\",\"agenda\":\"" + agenda + "\"}");
        assertEquals(201, meeting.statusCode(), meeting.body());
        HttpResponse<String> doc = upload("mediation-numerique", Tenancy.EDITOR, "programme.pdf", PDF, Map.of());
        assertEquals(201, doc.statusCode(), doc.body());
        String stored = json.readTree(doc.body()).get("name").asText();

        String list = portal.get(PAGES + ".html").body();
        assertTrue(list.contains("Médiation numérique") && list.contains("environ 4 h par mois"), list);
        String public_ = portal.get(PAGES + "/mediation-numerique.html").body();
        assertTrue(public_.contains("environ 4 h par mois"));
        assertTrue(public_.contains("sont réservés aux comptes du portail"), "anonymous visitors are told to log in");
        assertFalse(public_.contains(agenda) || public_.contains(stored) || public_.contains("Commune A"));
        for (String path : List.of(PAGES, PAGES + "/mediation-numerique")) {
            for (String rendering : List.of(".json", ".infinity.json", ".-1.json", ".xml", ".tidy.infinity.json")) {
                HttpResponse<String> r = portal.get(path + rendering);
                assertFalse(r.body().contains(agenda) || r.body().contains(stored), path + rendering);
            }
        }
        for (String path : List.of("/var/bnm/groups.json", "/var/bnm/groups/mediation-numerique.infinity.json",
                "/var/bnm/groups/mediation-numerique/documents/" + stored, "/var/bnm/groups/mediation-numerique.xml",
                "/var/bnm/groups/mediation-numerique/meetings.1.json")) {
            int status = portal.get(path).statusCode();
            assertTrue(status == 404 || status == 403, path + " answered " + status);
        }
        HttpResponse<String> query = portal.get("/content.query.json?queryType=xpath&statement="
                + URLEncoder.encode("/jcr:root/var/bnm//element(*, bnm:Meeting)", StandardCharsets.UTF_8));
        assertFalse(query.body().contains(agenda), "a query finds nothing either");
        int api = portal.get(GROUPS + "mediation-numerique").statusCode();
        assertTrue(api == 401 || api == 403, "the API asks for an account: " + api);

        String member = portal.get(PAGES + "/mediation-numerique.html", Tenancy.AGENT_A, PASSWORD).body();
        assertTrue(member.contains(agenda) && member.contains("Hôtel de la MEL") && member.contains("PDF"),
                "a commune account sees the meetings and documents");
        assertFalse(member.contains("Ajouter une réunion"), "but no editing form");
        assertTrue(member.contains("Les communes et réseaux dont le dossier déposé"), "the members' help, in French");
        for (String leak : List.of("bnm.groups.", ">null<", "> null", ">true<", ">false<", "mediation-numerique/meetings/m")) {
            assertFalse(member.replaceAll("action=\"[^\"]*\"", "").contains(leak), leak);
        }
        assertTrue(portal.get(PAGES + "/mediation-numerique.html", Tenancy.EDITOR, PASSWORD).body()
                .contains("Ajouter une réunion"));
    }

    @Test
    void communeAccountsNeitherUploadNorWriteThroughSling() throws Exception {
        HttpResponse<String> upload = upload("logiciel-metier", Tenancy.AGENT_A, "cr.pdf", PDF, Map.of());
        assertEquals(403, upload.statusCode(), upload.body());
        assertEquals(403, portal.postJson(GROUPS + "logiciel-metier/meetings", Tenancy.AGENT_A, PASSWORD,
                "{\"date\":\"2031-03-12T14:00\",\"place\":\"Chez nous\"}").statusCode());
        assertEquals(403, portal.postJson(GROUPS + "logiciel-metier", Tenancy.INSTRUCTOR, PASSWORD,
                "{\"title\":\"Piraté\",\"description\":\"x\",\"commitment\":\"x\"}").statusCode());
        for (String path : List.of("/var/bnm/groups/logiciel-metier", "/var/bnm/groups/logiciel-metier/meetings/m1",
                PAGES + "/logiciel-metier")) {
            HttpResponse<String> post = portal.postForm(path, Tenancy.AGENT_A, PASSWORD,
                    "jcr:title=Pirate&bnm:agenda=Pirate&bnm:date=2031-01-01T00:00:00.000%2B01:00");
            assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, path + " answered " + post.statusCode());
        }
        String group = portal.get(GROUPS + "logiciel-metier", Tenancy.AGENT_A, PASSWORD).body();
        assertFalse(group.contains("Pirate"), group);
        assertFalse(portal.get(PAGES + "/logiciel-metier.json").body().contains("Pirate"));
        HttpResponse<String> made = portal.postJson("/bnm/api/v1/groups", Tenancy.EDITOR, PASSWORD,
                "{\"title\":\"Signalétique\",\"description\":\"Les panneaux.\",\"commitment\":\"2 h\"}");
        assertTrue(made.statusCode() == 200 || made.statusCode() == 201, made.body());
        String page = portal.get(PAGES + "/signaletique.infinity.json").body();
        assertTrue(page.contains("Signalétique"), page);
        assertFalse(page.contains(Tenancy.EDITOR), "the public page never names the editor who changed it: " + page);
    }

    @Test
    void documentsAreCheckedFromTheirBytesAndServedAsAttachments() throws Exception {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> refused = upload("livres-numeriques", Tenancy.EDITOR, "compte-rendu.pdf", exe, Map.of());
        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Ce fichier n'est pas accepté : seuls les documents PDF, ODT, ODS, DOCX et "
                + "XLSX sont acceptés"), refused.body());
        HttpResponse<String> form = upload("livres-numeriques", Tenancy.EDITOR, "setup.pdf", exe,
                Map.of(":redirect", PAGES + "/livres-numeriques.html"));
        assertEquals(302, form.statusCode());
        String message = Flashes.follow(portal, CLIENT, form, Portal.basic(Tenancy.EDITOR, PASSWORD));
        assertTrue(message.startsWith("error: Ce fichier n'est pas accepté"), message);

        HttpResponse<String> added = upload("livres-numeriques", Tenancy.EDITOR, "Sélection 2023.pdf", PDF, Map.of());
        assertEquals(201, added.statusCode(), added.body());
        JsonNode document = json.readTree(added.body());
        assertEquals("PDF", document.get("typeLabel").asText());
        String url = document.get("url").asText();
        for (String path : List.of(url, "/var/bnm/groups/livres-numeriques/documents/" + document.get("name").asText())) {
            HttpResponse<byte[]> download = CLIENT.send(HttpRequest.newBuilder(portal.uri(path))
                    .header("Authorization", Portal.basic(Tenancy.AGENT_B, PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode(), path);
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), path);
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(Arrays.equals(PDF, download.body()), path);
        }
        assertEquals("application/pdf", CLIENT.send(HttpRequest.newBuilder(portal.uri(url))
                .header("Authorization", Portal.basic(Tenancy.AGENT_B, PASSWORD)).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Type").orElse(""));
        String page = portal.get(PAGES + "/livres-numeriques.html", Tenancy.AGENT_B, PASSWORD).body();
        assertTrue(page.contains("Sélection 2023.pdf") && page.contains("octets"), "title, type and size are listed");
    }

    @Test
    void twentyMegabytesPassAndMoreIsRefusedInFrench() throws Exception {
        byte[] max = new byte[20 * 1024 * 1024];
        System.arraycopy(PDF, 0, max, 0, PDF.length);
        HttpResponse<String> fits = upload("ressources-en-ligne", Tenancy.EDITOR, "gros.pdf", max, Map.of());
        assertEquals(201, fits.statusCode(), fits.body());
        String name = json.readTree(fits.body()).get("name").asText();
        assertEquals(200, portal.postJson(GROUPS + "ressources-en-ligne/documents/" + name + "/delete", Tenancy.EDITOR,
                PASSWORD, "").statusCode());

        byte[] over = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, over, 0, PDF.length);
        HttpResponse<String> tooBig = upload("ressources-en-ligne", Tenancy.EDITOR, "trop-gros.pdf", over, Map.of());
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(tooBig.body().contains("Le fichier dépasse 20 Mo"), tooBig.body());
        List<String> names = new ArrayList<>();
        json.readTree(portal.get(GROUPS + "ressources-en-ligne", Tenancy.EDITOR, PASSWORD).body()).get("documents")
                .forEach(d -> names.add(d.get("name").asText()));
        assertFalse(names.contains("trop-gros.pdf"), names.toString());

        // past 25 MB the portal answers from the request's head, in French, without reading a byte of the body:
        // only the head of a 30 MB upload is sent, and the answer comes; nothing is stored
        String refused = headOnly(GROUPS + "ressources-en-ligne/documents", Tenancy.EDITOR, 30L * 1024 * 1024);
        assertTrue(refused.startsWith("HTTP/1.1 413 "), refused);
        assertTrue(refused.contains("La requête dépasse 25 Mo"), refused);
        assertFalse(portal.get(GROUPS + "ressources-en-ligne", Tenancy.EDITOR, PASSWORD).body().contains("enorme"));
    }

    /** Sends a multipart POST's head declaring {@code length} bytes, none of them, and reads the answer to its end. */
    private String headOnly(String path, String login, long length) throws IOException {
        return portal.raw("POST", path, Map.of("Authorization", Portal.basic(login, PASSWORD),
                "Accept", "application/json", "Content-Type", "multipart/form-data; boundary=enorme"), length, null);
    }
}
