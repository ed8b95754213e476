package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The exports stream: a portal whose heap is bounded ({@code JAVA_OPTS=-Xmx256m}, which the launcher honours)
 * exports a campaign of {@value #DOSSIERS} filed network dossiers of {@value #LIBRARIES} libraries each
 * (2,000 lines), every file read back as a stream here too. Dossiers are filed through the API like a
 * commune files them (no test-only path in the portal).
 */
class ExportHeapIT {

    static final int DOSSIERS = 200;
    static final int LIBRARIES = 10;
    private static final String PASSWORD = Tenancy.PASSWORD;
    private static final String CAMPAIGN = "ami-bnm-2042";
    private static final String API = "/bnm/api/v1/campaigns/" + CAMPAIGN;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCampaignOfTwoThousandLibrariesExportsWithinABoundedHeap() throws Exception {
        try (Portal portal = new Portal("export-heap").env("JAVA_OPTS", "-Xmx256m -XX:+PrintCommandLineFlags")
                .start()) {
            assertTrue(portal.logText().contains("-XX:MaxHeapSize=268435456"), "the portal runs with a 256 MB heap");
            Tenancy.ensure(portal);
            created(portal.postJson("/bnm/api/v1/campaigns", Tenancy.MEL_ADMIN, PASSWORD, "{\"id\":\"" + CAMPAIGN
                    + "\",\"title\":\"AMI BNM 2042\",\"status\":\"open\"}"));
            String document = network();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> filings = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String slug = "gen-" + i;
                filings.add(pool.submit(() -> {
                    file(portal, slug, document);
                    return null;
                }));
            }
            for (Future<?> filing : filings) {
                filing.get();
            }
            pool.shutdown();

            Path dir = Files.createTempDirectory("exports");
            try {
                Path csv = download(portal, "/exports/libraries.csv", dir);
                try (InputStream in = Files.newInputStream(csv)) {
                    assertEquals(0xEF, in.read(), "UTF-8 byte order mark");
                    in.skip(2);
                    int lines = 0;
                    try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                            CSVFormat.EXCEL.builder().setDelimiter(';').build())) {
                        for (CSVRecord ignored : parser) {
                            lines++;
                        }
                    }
                    assertEquals(DOSSIERS * LIBRARIES + 1, lines, "a header and one line per library");
                }
                Path xlsx = download(portal, "/exports/libraries.xlsx", dir);
                try (ZipFile workbook = new ZipFile(xlsx.toFile())) {
                    XMLStreamReader sheet = XMLInputFactory.newInstance().createXMLStreamReader(
                            workbook.getInputStream(workbook.getEntry("xl/worksheets/sheet1.xml")));
                    int rows = 0;
                    while (sheet.hasNext()) {
                        if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                            rows++;
                        }
                    }
                    assertEquals(DOSSIERS * LIBRARIES + 1, rows);
                }
                try (ZipFile pdfs = new ZipFile(download(portal, "/exports/dossiers.zip", dir).toFile())) {
                    assertEquals(DOSSIERS, pdfs.size(), "one PDF per filed dossier");
                }
                try (JsonParser parser = json.getFactory().createParser(download(portal, "/exports/dossiers.json",
                        dir).toFile())) {
                    int dossiers = 0;
                    assertEquals(JsonToken.START_ARRAY, parser.nextToken());
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        dossiers++;
                    }
                    assertEquals(DOSSIERS, dossiers);
                }
                assertEquals(DOSSIERS * LIBRARIES, json.readTree(portal.get(API + "/figures", Tenancy.INSTRUCTOR,
                        PASSWORD).body()).get("libraries").asInt());
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
            assertTrue(portal.isRunning(), "the portal survived");
            assertFalse(portal.errorLog().contains("OutOfMemoryError") || portal.logText().contains("OutOfMemoryError"),
                    "no OutOfMemoryError in the portal's logs");
        }
    }

    private static Path download(Portal portal, String export, Path dir) throws Exception {
        Path file = dir.resolve(export.substring(export.lastIndexOf('/') + 1));
        HttpResponse<Path> response = CLIENT.send(HttpRequest.newBuilder(portal.uri(API + export))
                .timeout(Duration.ofMinutes(5)).header("Authorization", Portal.basic(Tenancy.INSTRUCTOR, PASSWORD))
                .GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        assertEquals(200, response.statusCode(), export);
        return file;
    }

    private static void file(Portal portal, String slug, String document) throws Exception {
        created(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD, "{\"slug\":\"" + slug
                + "\",\"name\":\"Réseau " + slug + "\",\"kind\":\"network\",\"memberCommunes\":[\"Armentières\","
                + "\"Houplines\"],\"headCommune\":\"Armentières\"}"));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("agent." + slug, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("elu." + slug, "elected")));
        String path = API + "/dossiers/" + slug;
        HttpResponse<String> saved = portal.putJson(path, "agent." + slug, PASSWORD, document, null);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(path + "/sign", "elu." + slug, PASSWORD, "").statusCode());
        HttpResponse<String> submitted = portal.postJson(path + "/submit", "agent." + slug, PASSWORD, "");
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    /** Armentières' library ten times, filed by a network with a tête de réseau. */
    private String network() throws Exception {
        try (InputStream in = ExportHeapIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            ObjectNode d = (ObjectNode) json.readTree(in);
            d.put("campaign", CAMPAIGN);
            ObjectNode applicant = (ObjectNode) d.get("applicant");
            applicant.put("kind", "network");
            ObjectNode network = applicant.putObject("network");
            network.put("name", "Réseau généré");
            network.putArray("memberCommunes").add("ARMENTIERES").add("Houplines");
            network.put("salariedCoordinator", true);
            network.put("headCommune", "ARMENTIERES");
            ArrayNode libraries = (ArrayNode) d.get("libraries");
            ObjectNode seed = (ObjectNode) libraries.get(0);
            libraries.removeAll();
            for (int i = 0; i < LIBRARIES; i++) {
                ObjectNode library = seed.deepCopy();
                library.put("dataYear", 2041);
                ObjectNode presentation = (ObjectNode) library.get("presentation");
                presentation.put("name", "Bibliothèque " + (i + 1)).put("networkMembership", "intercommunal")
                        .put("networkName", "Réseau généré").put("networkLibraryCount", LIBRARIES);
                presentation.putArray("associatedCommunes").add("ARMENTIERES").add("Houplines");
                libraries.add(library);
            }
            return d.toString();
        }
    }
}
