package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The instruction's exports and figures on a launched portal: a campaign of its own with three filed
 * dossiers (Armentières; « Lille », NC games, 0 opening hours, a name that looks like a formula; a network
 * of three libraries with zeros and NC) and a draft. Every expected figure is computed by hand below.
 */
class ExportIT extends WithTenants {

    private static final String PASSWORD = Tenancy.PASSWORD;
    private static final String CAMPAIGN = "ami-bnm-2041";
    private static final String API = "/bnm/api/v1/campaigns/" + CAMPAIGN;
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\";\"clic\")";
    private static final List<String> EXPORTS = List.of("/exports/libraries.csv", "/exports/libraries.xlsx",
            "/exports/dossiers.json", "/exports/dossiers.zip", "/figures");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static boolean filed;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void threeFiledDossiersAndADraft() throws Exception {
        if (filed) {
            return;
        }
        created(portal.postJson("/bnm/api/v1/campaigns", Tenancy.MEL_ADMIN, PASSWORD, "{\"id\":\"" + CAMPAIGN
                + "\",\"title\":\"AMI BNM 2041\",\"status\":\"open\"}"));
        tenant("exp-a", "Exp-Armentières", "commune");
        tenant("exp-b", "Exp-Lille", "commune");
        tenant("exp-n", "Exp-Réseau Lys", "network");
        tenant("exp-d", "Exp-Roubaix", "commune");
        file("exp-a", seed());
        file("exp-b", lille());
        file("exp-n", network());
        HttpResponse<String> draft = portal.putJson(API + "/dossiers/exp-d", "agent.exp-d", PASSWORD,
                seed().toString(), null);
        assertTrue(draft.statusCode() == 200 || draft.statusCode() == 428, draft.body());
        filed = true;
    }

    @Test
    void theCsvHasOneLinePerLibraryInFrenchWithNcApartAndParsesBackToTheStoredValues() throws Exception {
        HttpResponse<byte[]> response = bytes(API + "/exports/libraries.csv", Tenancy.INSTRUCTOR);
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=UTF-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<CSVRecord> records = csv(response.body());
        assertEquals(6, records.size(), "a header and one line per library (1 + 1 + 3)");
        List<String> header = records.get(0).toList();
        assertEquals(header.size(), new HashSet<>(header).size(), "no two columns have the same header");
        assertTrue(header.containsAll(List.of("Commune ou réseau", "Nom de l’établissement", "Nombre d’inscrits actifs",
                "Portail — Coût annuel pour l’hébergement et la maintenance")), header.toString());
        Map<String, Map<String, String>> rows = byLibrary(records);

        Map<String, String> lille = rows.get("'" + FORMULA);
        assertNotNull(lille, "the formula is neutralised: " + rows.keySet());
        assertEquals("NC", lille.get("Nombre de jeux empruntables (société, vidéo...)"));
        assertEquals("0", lille.get("Nombre d’heures d’ouverture hebdomadaire"));
        assertEquals("Mastodon : @bib", lille.get("Autre (précisez)"));
        Map<String, String> houplines = rows.get("Bibliothèque de Houplines");
        assertEquals("0", houplines.get("Nombre d’inscrits actifs"), "0 stays 0");
        assertEquals("NC", houplines.get("Adultes (+ 15 ans)"), "NC stays NC");
        assertEquals("12,5", houplines.get("Nombre d’heures d’ouverture hebdomadaire"));
        assertEquals("Oui", houplines.get("Accès WIFI public"));
        assertEquals("Exp-Réseau Lys", houplines.get("Commune ou réseau"));

        // every figure and text of each library parses back to the stored document
        for (String slug : List.of("exp-a", "exp-b", "exp-n")) {
            JsonNode stored = json.readTree(portal.get(API + "/dossiers/" + slug, Tenancy.INSTRUCTOR, PASSWORD).body());
            for (JsonNode library : stored.get("libraries")) {
                String name = library.at("/presentation/name").asText();
                Map<String, String> row = rows.get(name.startsWith("=") ? "'" + name : name);
                assertNotNull(row, name);
                check(row, "Nombre d’inscrits actifs", library.at("/audience/activeBorrowers"));
                check(row, "Adultes (+ 15 ans)", library.at("/audience/adults"));
                check(row, "Nombre d’équivalents temps plein", library.at("/team/fte"));
                check(row, "Communication", library.at("/budget/communication"));
                check(row, "Nombre de jeux empruntables (société, vidéo...)", library.at("/collections/games"));
                check(row, "Nombre d’heures d’ouverture hebdomadaire", library.at("/openingHoursPerWeek"));
                assertEquals(library.at("/presentation/address").asText(), row.get("Adresse"));
            }
        }
    }

    private static void check(Map<String, String> row, String header, JsonNode stored) {
        String cell = row.get(header);
        if (stored.isNumber()) {
            assertEquals(0, stored.decimalValue().compareTo(new BigDecimal(cell.replace(',', '.'))), header);
        } else {
            assertEquals(stored.asText(), cell, header);
        }
    }

    @Test
    void theWorkbookIsValidWithTheSameCellsAndFiguresAsNumbers() throws Exception {
        HttpResponse<byte[]> response = bytes(API + "/exports/libraries.xlsx", Tenancy.INSTRUCTOR);
        assertEquals(200, response.statusCode());
        Map<String, byte[]> parts = unzip(response.body());
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                        part.getValue()));
            }
        }
        List<List<String[]>> sheet = sheet(parts.get("xl/worksheets/sheet1.xml"));
        List<CSVRecord> csv = csv(bytes(API + "/exports/libraries.csv", Tenancy.INSTRUCTOR).body());
        assertEquals(csv.size(), sheet.size());
        int numbers = 0;
        for (int r = 0; r < csv.size(); r++) {
            for (int c = 0; c < csv.get(r).size(); c++) {
                String expected = csv.get(r).get(c);
                String[] cell = c < sheet.get(r).size() ? sheet.get(r).get(c) : null;
                if (cell != null && "n".equals(cell[0])) {
                    numbers++;
                    assertEquals(0, new BigDecimal(expected.replace(',', '.')).compareTo(new BigDecimal(cell[1])),
                            r + "/" + c);
                } else {
                    assertEquals(expected.startsWith("'=") ? expected.substring(1) : expected,
                            cell == null ? "" : cell[1], r + "/" + c);
                }
            }
        }
        assertTrue(numbers > 100, "figures are typed as numbers: " + numbers);
    }

    @Test
    void theZipHoldsOnePdfPerFiledDossierAndTheJsonEqualsTheStoredDocuments() throws Exception {
        HttpResponse<byte[]> zip = bytes(API + "/exports/dossiers.zip", Tenancy.INSTRUCTOR);
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> pdfs = unzip(zip.body());
        assertEquals(java.util.Set.of("dossier-exp-a-" + CAMPAIGN + ".pdf", "dossier-exp-b-" + CAMPAIGN + ".pdf",
                "dossier-exp-n-" + CAMPAIGN + ".pdf"), pdfs.keySet(), "the draft has no PDF here");
        pdfs.values().forEach(pdf -> assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII)));

        HttpResponse<String> all = portal.get(API + "/exports/dossiers.json", Tenancy.INSTRUCTOR, PASSWORD);
        assertEquals(200, all.statusCode());
        JsonNode dossiers = json.readTree(all.body());
        assertEquals(4, dossiers.size(), all.body());
        for (JsonNode item : dossiers) {
            String slug = item.get("tenant").asText();
            assertEquals(json.readTree(portal.get(API + "/dossiers/" + slug, Tenancy.INSTRUCTOR, PASSWORD).body()),
                    item.get("document"), slug);
            JsonNode status = json.readTree(portal.get(API + "/dossiers/" + slug + "/status", Tenancy.INSTRUCTOR,
                    PASSWORD).body());
            assertEquals(status.get("status").asText(), item.get("status").asText());
            assertEquals("exp-d".equals(slug), item.get("receipt").isNull(), slug);
        }
    }

    @Test
    void theFiguresEqualWhatIsComputedByHandWithNcApart() throws Exception {
        HttpResponse<String> response = portal.get(API + "/figures", Tenancy.INSTRUCTOR, PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode f = json.readTree(response.body());
        assertEquals(3, f.get("filed").asInt());
        assertEquals(1, f.at("/statuses/draft").asInt());
        assertEquals(3, f.at("/statuses/submitted").asInt());
        assertEquals(5, f.get("libraries").asInt());
        assertEquals(4, f.get("communes").asInt(), "Armentières, Lille, Houplines, Erquinghem-Lys");
        Map<String, JsonNode> figures = new HashMap<>();
        f.get("figures").forEach(figure -> figures.put(figure.get("pointer").asText(), figure));
        // borrowers 2826 2826 1200 0 350; adults 2005 2005 NC NC NC; hours 27 0 20 12.5 8; games 803 NC 100 0 803
        figure(figures.get("/audience/activeBorrowers"), 5, 0, "7202", "1200");
        figure(figures.get("/audience/adults"), 2, 3, "4010", "2005");
        figure(figures.get("/openingHoursPerWeek"), 5, 0, "67.5", "12.5");
        figure(figures.get("/collections/games"), 4, 1, "1706", "451.5");
        assertEquals(2, f.at("/commitments/ils/yes").asInt());
        assertEquals(1, f.at("/commitments/ils/planned_2024").asInt());
        assertEquals(1, f.at("/workingGroups/ebooks").asInt());
        assertEquals(2, f.at("/workingGroups/ils").asInt());
        assertEquals("modernise_library", f.at("/objectives/0/code").asText());
        assertEquals(8, f.at("/objectives/0/points").asInt());
    }

    private static void figure(JsonNode figure, int numbers, int nc, String total, String median) {
        assertEquals(numbers, figure.get("numbers").asInt(), figure.toString());
        assertEquals(nc, figure.get("nc").asInt(), figure.toString());
        assertEquals(0, new BigDecimal(total).compareTo(figure.get("total").decimalValue()), figure.toString());
        assertEquals(0, new BigDecimal(median).compareTo(figure.get("median").decimalValue()), figure.toString());
    }

    @Test
    void theFiguresPageDrawsEachChartInSvgWithItsDataTable() throws Exception {
        String page = portal.get("/content/bnm/instruction/statistiques.html?campaign=" + CAMPAIGN,
                Tenancy.INSTRUCTOR, PASSWORD).body();
        assertTrue(page.contains("Chiffres de la campagne"), page);
        assertTrue(page.contains("5 bibliothèques, dont 1 NC"), "NC counted apart and shown");
        assertTrue(page.contains("5 bibliothèques, dont 3 NC"), "adults");
        assertTrue(page.contains("451,5") && page.contains("1\u202F706"), "French numbers");
        int svgs = page.split("<svg", -1).length - 1;
        assertTrue(svgs >= 4, "statuses, groups, objectives, commitments: " + svgs);
        assertEquals(svgs, page.split("role=\"img\"", -1).length - 1);
        assertEquals(svgs, page.split("<desc id=", -1).length - 1);
        assertEquals(svgs, page.split("class=\"table chart__data\"", -1).length - 1, "each chart has its table");
        assertTrue(page.contains("Groupe livres numériques"));
        assertFalse(page.contains("<script"), "no JavaScript needed");
        assertTrue(portal.get("/content/bnm/instruction.html?c=" + CAMPAIGN, Tenancy.INSTRUCTOR, PASSWORD).body()
                .contains("/content/bnm/instruction/statistiques.html?campaign=" + CAMPAIGN), "linked from the queue");
    }

    @Test
    void nobodyButMelStaffExportsOrSeesTheFigures() throws Exception {
        for (String path : EXPORTS) {
            assertEquals(401, portal.get(API + path).statusCode(), "anonymous " + path);
            for (String login : List.of("agent.exp-a", "elu.exp-b", Tenancy.EDITOR)) {
                HttpResponse<String> refused = portal.get(API + path, login, PASSWORD);
                assertEquals(403, refused.statusCode(), login + " " + path);
                assertTrue(refused.body().contains("réservés aux instructeurs"), refused.body());
            }
            assertEquals(200, portal.get(API + path, Tenancy.MEL_ADMIN, PASSWORD).statusCode(), "MEL admin " + path);
            assertEquals(404, portal.get("/bnm/api/v1/campaigns/ami-bnm-1999" + path, Tenancy.INSTRUCTOR, PASSWORD)
                    .statusCode());
        }
        String page = "/content/bnm/instruction/statistiques";
        for (String login : List.of("agent.exp-a", Tenancy.EDITOR)) {
            String html = portal.get(page + ".html?campaign=" + CAMPAIGN, login, PASSWORD).body();
            assertFalse(html.contains("<svg") || html.contains("bibliothèques, dont"), login + " sees figures");
            for (String rendering : List.of(".json", ".infinity.json", ".xml", ".tidy.-1.json")) {
                String body = portal.get(page + rendering, login, PASSWORD).body();
                assertFalse(body.contains("dont 1 NC") || body.contains("exp-b"), login + " " + rendering);
            }
            int posted = portal.postForm(page, login, PASSWORD, "jcr:title=pirate").statusCode();
            assertTrue(posted >= 400, login + " writes the page through the POST servlet: " + posted);
            int exportPost = portal.postForm(API + "/exports/libraries.csv", login, PASSWORD, "x=1").statusCode();
            assertEquals(405, exportPost, "exports are read only");
        }
        String anonymous = portal.get(page + ".html?campaign=" + CAMPAIGN).body();
        assertFalse(anonymous.contains("<svg"), "anonymous");
    }

    // ------------------------------------------------------------------ the dossiers

    private void tenant(String slug, String name, String kind) throws Exception {
        created(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD, "{\"slug\":\"" + slug
                + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"memberCommunes\":"
                + ("network".equals(kind) ? "[\"Armentières\",\"Houplines\",\"Erquinghem-Lys\"],\"headCommune\":\"Armentières\"" : "[]")
                + "}"));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("agent." + slug, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("elu." + slug, "elected")));
    }

    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    private void file(String slug, ObjectNode document) throws Exception {
        String path = API + "/dossiers/" + slug;
        HttpResponse<String> current = portal.get(path, "agent." + slug, PASSWORD);
        String etag = current.statusCode() == 200 ? current.headers().firstValue("ETag").orElse(null) : null;
        HttpResponse<String> saved = portal.putJson(path, "agent." + slug, PASSWORD, document.toString(), etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(path + "/sign", "elu." + slug, PASSWORD, "").statusCode());
        HttpResponse<String> submitted = portal.postJson(path + "/submit", "agent." + slug, PASSWORD, "");
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    /** Armentières' dossier, moved to this campaign (data of 2040). */
    private ObjectNode seed() throws Exception {
        try (InputStream in = ExportIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            ObjectNode d = (ObjectNode) json.readTree(in);
            d.put("campaign", CAMPAIGN);
            d.get("libraries").forEach(library -> ((ObjectNode) library).put("dataYear", 2040));
            return d;
        }
    }

    private ObjectNode lille() throws Exception {
        ObjectNode d = seed();
        ((ObjectNode) d.get("applicant")).put("communeName", "Lille");
        ObjectNode library = (ObjectNode) d.at("/libraries/0");
        ((ObjectNode) library.get("presentation")).put("name", FORMULA);
        ((ObjectNode) library.get("collections")).put("games", "NC");
        ((ObjectNode) library.get("budget")).put("communication", 1200);
        library.put("openingHoursPerWeek", 0);
        ((ArrayNode) library.at("/socialNetworks/other")).addObject().put("name", "Mastodon").put("account", "@bib");
        ((ObjectNode) d.get("commitments")).put("ils", "planned_2024");
        ((ObjectNode) d.get("engagement")).putArray("workingGroups").add("ebooks");
        ArrayNode objectives = d.putArray("objectives");
        objectives.addObject().put("objective", "better_public_reading_service").putNull("otherText").put("importance", 3);
        objectives.addObject().put("objective", "modernise_library").putNull("otherText").put("importance", 2);
        objectives.addObject().put("objective", "cost_savings").putNull("otherText").put("importance", 1);
        return d;
    }

    private ObjectNode network() throws Exception {
        ObjectNode d = seed();
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("kind", "network");
        ObjectNode network = applicant.putObject("network");
        network.put("name", "Réseau Lys");
        network.putArray("memberCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
        network.put("salariedCoordinator", true);
        network.put("headCommune", "ARMENTIERES");
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        libraries.add(libraries.get(0).deepCopy());
        String[][] figures = {{"1200", "20", "100"}, {"0", "12.5", "0"}, {"350", "8", "803"}};
        String[] names = {"Médiathèque du Lys", "Bibliothèque de Houplines", "Bibliothèque d’Erquinghem"};
        for (int i = 0; i < 3; i++) {
            ObjectNode library = (ObjectNode) libraries.get(i);
            ObjectNode presentation = (ObjectNode) library.get("presentation");
            presentation.put("name", names[i]).put("networkMembership", "intercommunal").put("networkName", "Réseau Lys")
                    .put("networkLibraryCount", 3);
            presentation.putArray("associatedCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
            ((ObjectNode) library.get("audience")).put("activeBorrowers", Integer.parseInt(figures[i][0]))
                    .put("adults", "NC").put("youth", "NC");
            library.put("openingHoursPerWeek", new BigDecimal(figures[i][1]));
            ((ObjectNode) library.get("collections")).put("games", Integer.parseInt(figures[i][2]));
        }
        return d;
    }

    // ------------------------------------------------------------------ reading the files

    private HttpResponse<byte[]> bytes(String path, String login) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Portal.basic(login, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        assertEquals("\uFEFF", new String(body, 0, 3, StandardCharsets.UTF_8), "UTF-8 with a byte order mark");
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').build();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(body, 3,
                body.length - 3), StandardCharsets.UTF_8), format)) {
            return parser.getRecords();
        }
    }

    private static Map<String, Map<String, String>> byLibrary(List<CSVRecord> records) {
        List<String> header = records.get(0).toList();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.put(row.get("Nom de l’établissement"), row);
        }
        return rows;
    }

    /** A ZIP's entries, read through its central directory as spreadsheet programs do. */
    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Path file = Files.createTempFile("export", ".zip");
        try {
            Files.write(file, zip);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zipFile = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zipFile.entries())) {
                    entries.put(entry.getName(), zipFile.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }

    /** The sheet's rows, each cell as {type, text}: "n" for a number, "s" for a string. */
    private static List<List<String[]>> sheet(byte[] xml) throws Exception {
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        List<List<String[]>> rows = new ArrayList<>();
        NodeList rowNodes = doc.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String[]> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                int column = column(cell.getAttribute("r"));
                while (cells.size() < column) {
                    cells.add(null);
                }
                boolean string = "inlineStr".equals(cell.getAttribute("t"));
                cells.add(new String[] {string ? "s" : "n", (string ? cell.getElementsByTagName("t")
                        : cell.getElementsByTagName("v")).item(0).getTextContent()});
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }
}
