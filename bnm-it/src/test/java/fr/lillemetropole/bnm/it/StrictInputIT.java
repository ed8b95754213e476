package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile bodies sent to the demo commune's dossier over HTTP: each is refused with its status and
 * a French message naming the field, and the dossier's version and content stay as they were.
 */
@ExtendWith(SharedPortal.class)
class StrictInputIT {

    private static final String DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/ville-demo";
    private static final String AGENT = "agent.demo";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String BOOKS = "\"books\": 49303";
    private static final String NBSP = "\u00a0";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ObjectMapper json = new ObjectMapper();
    private Portal portal;
    private String fixture;
    private String etag;
    private String saved;

    @BeforeEach
    void setUp(Portal portal) throws Exception {
        this.portal = portal;
        try (InputStream in = StrictInputIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(fixture.contains(BOOKS));
        HttpResponse<String> current = portal.get(DOSSIER, AGENT, Portal.DEMO_PASSWORD);
        if (current.statusCode() == 404) {
            HttpResponse<String> created = portal.putJson(DOSSIER, AGENT, Portal.DEMO_PASSWORD, fixture, null);
            assertEquals(200, created.statusCode(), created.body());
            current = portal.get(DOSSIER, AGENT, Portal.DEMO_PASSWORD);
        }
        assertEquals(200, current.statusCode(), current.body());
        etag = current.headers().firstValue("ETag").orElseThrow();
        saved = current.body();
    }

    @Test
    void aBodyThatIsNotJsonInUtf8Is415() throws Exception {
        assertRefused(put(fixture.getBytes(StandardCharsets.UTF_8), "text/plain"), 415, "", "application/json");
        assertRefused(put(fixture.getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1"), 415,
                "", "application/json");
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        assertRefused(put(fixture.getBytes(StandardCharsets.ISO_8859_1), JSON), 400, "", "n'est pas encodé en UTF-8");
    }

    @Test
    void trailingDataDuplicateKeysAndNulAre400WithTheirPointer() throws Exception {
        assertRefused(put(bytes(fixture + "\n{\"motivation\": \"encore\"}"), JSON), 400, "", "données en trop");
        assertRefused(put(bytes(fixture.replaceFirst("\"motivation\":", "\"motivation\": \"un\", \"motivation\":")),
                JSON), 400, "/motivation", "« motivation » figure deux fois");
        assertRefused(put(bytes(fixture.replace(BOOKS, BOOKS + ", \"books\": 1")), JSON), 400,
                "/libraries/0/collections/books", "figure deux fois");
        assertRefused(put(bytes(fixture.replace("\"motivation\": \"", "\"motivation\": \"\\u0000")), JSON), 400,
                "/motivation", "caractère nul");
    }

    @Test
    void figuresBeyondTheContractAre400NotStoredWrong() throws Exception {
        String limit = "ne peut pas dépasser 1" + NBSP + "000" + NBSP + "000" + NBSP + "000" + NBSP + "000";
        assertRefused(put(bytes(fixture.replace(BOOKS, "\"books\": 123456789012345678901234567890")), JSON), 400,
                "/libraries/0/collections/books", limit);
        assertRefused(put(bytes(fixture.replace(BOOKS, "\"books\": 1e309")), JSON), 400,
                "/libraries/0/collections/books", limit);
    }

    @Test
    void aBodyOver2MbIs413AnnouncedOrChunked() throws Exception {
        StringBuilder chunked = new StringBuilder(fixture.substring(0, fixture.lastIndexOf('}')))
                .append(", \"padding\": \"");
        while (chunked.length() < 2 * 1024 * 1024 + 1000) {
            chunked.append('0');
        }
        chunked.append("\"}");
        byte[] body = bytes(chunked.toString());
        HttpRequest request = request().header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertRefused(fresh().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), 413, "",
                "dépasse la taille maximale de 2 Mo");
    }

    @Test
    void tenThousandLibrariesAre413Quickly() throws Exception {
        String library = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(fixture)
                .get("libraries").get(0));
        StringBuilder huge = new StringBuilder(fixture.substring(0, fixture.indexOf("\"libraries\"")))
                .append("\"libraries\": [");
        for (int i = 0; i < 10_000; i++) {
            huge.append(i == 0 ? "" : ",").append(library);
        }
        huge.append("]}");
        byte[] body = bytes(huge.toString());
        assertTrue(body.length > 26_214_400, body.length + " bytes: more than the 25 MB limit");
        long start = System.nanoTime();
        String response = rawPut(body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("StrictInputIT: " + body.length + " bytes refused in " + millis + " ms: "
                + response.lines().findFirst().orElse(""));
        // past 25 MB the portal-wide limit answers first, from the head (RequestSizePreprocessor)
        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(response.contains("La requête dépasse 25 Mo"), response);
        assertTrue(millis < 5_000, "refused in " + millis + " ms");
        assertUnchanged();
    }

    /** A PUT whose answer is read while the body is still being written ({@link Portal#raw}). */
    private String rawPut(byte[] body) throws IOException {
        return portal.raw("PUT", DOSSIER, Map.of("Authorization", Portal.basic(AGENT, Portal.DEMO_PASSWORD),
                "If-Match", etag, "Content-Type", JSON), body.length, body);
    }

    @Test
    void theFormsJsonImportRefusesTheSameWayAndKeepsTheDossier() throws Exception {
        String file = fixture.replace(BOOKS, BOOKS + ", \"books\": 1");
        String boundary = "----bnm" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\nami-bnm-2022\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nville-demo\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"d.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                portal.uri("/content/bnm/espace-commune/dossier.import.html"))
                .header("Authorization", Portal.basic(AGENT, Portal.DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String message = Flashes.follow(portal, CLIENT, response, Portal.basic(AGENT, Portal.DEMO_PASSWORD));
        assertTrue(message.startsWith("error: Ce fichier n'est pas un dossier au format JSON : "), message);
        assertTrue(message.contains("figure deux fois"), message);
        assertUnchanged();
    }

    private void assertRefused(HttpResponse<String> response, int status, String pointer, String message)
            throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertEquals(pointer, error.get("pointer").asText(), response.body());
        assertTrue(error.get("message").asText().contains(message), response.body());
        assertUnchanged();
    }

    private void assertUnchanged() throws Exception {
        HttpResponse<String> after = portal.get(DOSSIER, AGENT, Portal.DEMO_PASSWORD);
        assertEquals(etag, after.headers().firstValue("ETag").orElse(""), "the dossier's version did not change");
        assertEquals(json.readTree(saved), json.readTree(after.body()), "the dossier's content did not change");
    }

    private HttpResponse<String> put(byte[] body, String contentType) throws Exception {
        return CLIENT.send(request().header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A client of its own: the portal closes a connection whose body it refused unread, never to be reused. */
    private static HttpClient fresh() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(portal.uri(DOSSIER)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Portal.basic(AGENT, Portal.DEMO_PASSWORD)).header("If-Match", etag);
    }

    private String origin() {
        String uri = portal.uri("").toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
