package fr.lillemetropole.bnm.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.jcr.Session;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.dossier.DossiersImpl;
import fr.lillemetropole.bnm.internal.dossier.Fixtures;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/**
 * The exports and figures of a campaign on three filed dossiers (one a network of three libraries) and a
 * draft, read by an instructor; every expected value below is computed by hand from {@link ExportFixtures}.
 */
@ExtendWith(SlingContextExtension.class)
class ExportsTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private Session instructor;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "editrice", PASSWORD, "bnm-mel-editors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        accounts.createTenant(melAdmin, new NewTenant("exp-a", "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("exp-b", "Lille", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("exp-n", "Réseau Lys", "network",
                List.of("Armentières", "Houplines", "Erquinghem-Lys"), "Armentières"));
        accounts.createTenant(melAdmin, new NewTenant("exp-d", "Roubaix", "commune", null, null));
        for (String slug : List.of("exp-a", "exp-b", "exp-n", "exp-d")) {
            accounts.createTenantAccount(melAdmin, slug, new NewAccount("agent." + slug, PASSWORD, "Agent " + slug,
                    "agent@" + slug + ".fr", "agent"));
            accounts.createTenantAccount(melAdmin, slug, new NewAccount("elu." + slug, PASSWORD, "Élu " + slug,
                    "elu@" + slug + ".fr", "elected"));
        }
        melAdmin.logout();
        dossiers = new DossiersImpl(new TestServiceSessions(context));
        file("exp-a", ExportFixtures.armentieres());
        file("exp-b", ExportFixtures.lille());
        file("exp-n", ExportFixtures.network());
        dossiers.save(BnmContext.login(context, "agent.exp-d", PASSWORD), CAMPAIGN, "exp-d",
                Fixtures.armentieres(), null);
        instructor = BnmContext.login(context, "instructeur", PASSWORD);
    }

    private void file(String slug, ObjectNode document) throws Exception {
        Session agent = BnmContext.login(context, "agent." + slug, PASSWORD);
        dossiers.save(agent, CAMPAIGN, slug, document, null);
        dossiers.sign(BnmContext.login(context, "elu." + slug, PASSWORD), CAMPAIGN, slug);
        try {
            dossiers.submit(agent, CAMPAIGN, slug);
        } catch (fr.lillemetropole.bnm.api.dossier.IncompleteException e) {
            throw new AssertionError(slug + " " + e.getErrors(), e);
        }
    }

    private byte[] csv() throws Exception {
        LibraryRows rows = new LibraryRows(Dictionary.french());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LibrariesCsv csv = new LibrariesCsv(out, rows.header())) {
            CampaignDossiers.forEach(instructor, CAMPAIGN, true, d -> csv.rows(rows.rows(d)));
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertEquals("\uFEFF", new String(csv, 0, 3, StandardCharsets.UTF_8), "UTF-8 with a byte order mark");
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8), LibrariesCsv.FORMAT)) {
            return parser.getRecords();
        }
    }

    /** The rows keyed by library name. */
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

    @Test
    void theCsvHasOneLinePerLibraryWithFrenchHeadersAndNcKeptApartFromZero() throws Exception {
        List<CSVRecord> records = parse(csv());
        assertEquals(6, records.size(), "a header and five libraries");
        List<String> header = records.get(0).toList();
        assertEquals(header.size(), new HashSet<>(header).size(), "no two columns have the same header");
        assertEquals(List.of("Commune ou réseau", "Identifiant", "Type", "Statut du dossier", "Déposé le",
                "Bibliothèque n°"), header.subList(0, 6));
        assertTrue(header.contains("Système informatique de gestion des bibliothèques (SIGB) — Coût annuel pour "
                + "l’hébergement et la maintenance"), header.toString());
        assertTrue(header.contains("Portail — Coût annuel pour l’hébergement et la maintenance"));
        assertTrue(header.contains("Nombre d’inscrits actifs"));

        Map<String, Map<String, String>> rows = byLibrary(records);
        Map<String, String> lille = rows.get("'" + ExportFixtures.FORMULA_NAME);
        assertTrue(lille != null, "the formula is neutralised by an apostrophe: " + rows.keySet());
        assertEquals("NC", lille.get("Nombre de jeux empruntables (société, vidéo...)"));
        assertEquals("0", lille.get("Nombre d’heures d’ouverture hebdomadaire"));
        assertEquals("1200", lille.get("Communication"));
        assertEquals("Mastodon : @bib", lille.get("Autre (précisez)"), "a repeated block is one cell, not dropped");
        assertEquals("Envisagé en 2024", lille.get("SIGB (logiciel métier) — La commune souhaite intégrer le logiciel "
                + "de gestion de bibliothèque métropolitain"));
        assertEquals("Groupe livres numériques", lille.get("Participer à un/des groupe(s) de travail sur le logiciel "
                + "métier, les ressources en ligne, la médiation numérique"));
        assertEquals("Déposé", lille.get("Statut du dossier"));

        Map<String, String> houplines = rows.get("Bibliothèque de Houplines");
        assertEquals("Réseau Lys", houplines.get("Commune ou réseau"));
        assertEquals("2", houplines.get("Bibliothèque n°"));
        assertEquals("0", houplines.get("Nombre d’inscrits actifs"), "zero is zero, not NC nor empty");
        assertEquals("12,5", houplines.get("Nombre d’heures d’ouverture hebdomadaire"), "a decimal comma");
        assertEquals("Oui", houplines.get("Accès WIFI public"));
        assertEquals("Non", houplines.get("Sont-elles empruntables ? (tablettes)"));
        assertEquals("", houplines.get("Sont-elles empruntables ? (liseuses)"), "unanswered stays empty");
        assertEquals("ARMENTIERES, Houplines, Erquinghem-Lys", houplines.get("Communes du réseau"));
        assertEquals("0", houplines.get("Nombre de jeux empruntables (société, vidéo...)"));
        assertEquals("NC", houplines.get("Adultes (+ 15 ans)"));
        assertEquals("8", rows.get("Bibliothèque d’Erquinghem").get("Nombre d’heures d’ouverture hebdomadaire"));
        assertEquals("17,9", rows.get("Médiathèque L'Albatros").get("Nombre d’équivalents temps plein"));
    }

    @Test
    void theCsvParsesBackToTheStoredValues() throws Exception {
        List<CSVRecord> records = parse(csv());
        Map<String, Map<String, String>> rows = byLibrary(records);
        JsonNode stored = dossiers.get(instructor, CAMPAIGN, "exp-n").document();
        for (int i = 0; i < 3; i++) {
            JsonNode library = stored.at("/libraries/" + i);
            Map<String, String> row = rows.get(library.at("/presentation/name").asText());
            for (Column column : Columns.library()) {
                JsonNode value = library.at(column.pointer());
                String cell = row.get(column.header());
                switch (column.kind()) {
                    case NUMBER -> assertEquals(value.isNull() ? "" : value.isNumber()
                            ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText(),
                            cell.replace(',', '.'), column.toString());
                    case TEXT -> assertEquals(value.isNull() ? "" : value.asText(), cell, column.toString());
                    default -> { }
                }
            }
        }
    }

    @Test
    void theWorkbookHoldsTheSameCellsWithFiguresAsNumbers() throws Exception {
        LibraryRows rows = new LibraryRows(Dictionary.french());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LibrariesXlsx xlsx = new LibrariesXlsx(out, "Bibliothèques", rows.header())) {
            CampaignDossiers.forEach(instructor, CAMPAIGN, true, d -> xlsx.rows(rows.rows(d)));
        }
        Map<String, byte[]> parts = zipFile(out.toByteArray());
        assertTrue(parts.containsKey("[Content_Types].xml") && parts.containsKey("xl/workbook.xml"), parts.keySet().toString());
        List<List<String[]>> sheet = sheet(parts.get("xl/worksheets/sheet1.xml"));
        List<CSVRecord> csv = parse(csv());
        assertEquals(csv.size(), sheet.size());
        int numbers = 0;
        for (int r = 0; r < csv.size(); r++) {
            for (int c = 0; c < csv.get(r).size(); c++) {
                String expected = csv.get(r).get(c);
                String[] cell = c < sheet.get(r).size() ? sheet.get(r).get(c) : null;
                String actual = cell == null ? "" : cell[1];
                if (cell != null && "n".equals(cell[0])) {
                    numbers++;
                    assertEquals(new BigDecimal(expected.replace(',', '.')).compareTo(new BigDecimal(actual)), 0,
                            "row " + r + " col " + c);
                } else {
                    assertEquals(expected.startsWith("'=") ? expected.substring(1) : expected, actual,
                            "row " + r + " col " + c);
                }
            }
        }
        assertTrue(numbers > 100, "figures are numeric cells: " + numbers);
    }

    @Test
    void theJsonHoldsEveryDossierAsStoredWithStatusAndReceipt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DossiersJson json = new DossiersJson(out)) {
            CampaignDossiers.forEach(instructor, CAMPAIGN, false, json::write);
        }
        JsonNode all = JSON.readTree(out.toByteArray());
        assertEquals(4, all.size(), "the draft too");
        for (JsonNode item : all) {
            String tenant = item.get("tenant").asText();
            assertEquals(JSON.writeValueAsString(dossiers.get(instructor, CAMPAIGN, tenant).document()),
                    JSON.writeValueAsString(item.get("document")), tenant);
            if ("exp-d".equals(tenant)) {
                assertEquals("draft", item.get("status").asText());
                assertTrue(item.get("receipt").isNull());
            } else {
                assertEquals("submitted", item.get("status").asText());
                assertEquals(dossiers.receipt(instructor, CAMPAIGN, tenant).sha256(),
                        item.at("/receipt/sha256").asText());
            }
        }
    }

    @Test
    void theZipHoldsOnePdfPerFiledDossier() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DossiersZip zip = new DossiersZip(out, Dictionary.french(), CAMPAIGN)) {
            CampaignDossiers.forEach(instructor, CAMPAIGN, true, d -> zip.write(d,
                    dossiers.signature(instructor, CAMPAIGN, d.tenant())));
        }
        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertEquals(java.util.Set.of("dossier-exp-a-ami-bnm-2022.pdf", "dossier-exp-b-ami-bnm-2022.pdf",
                "dossier-exp-n-ami-bnm-2022.pdf"), entries.keySet());
        entries.values().forEach(pdf -> assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII)));
    }

    @Test
    void theFiguresEqualTotalsAndMediansComputedByHandWithNcApart() throws Exception {
        CampaignFigures.Builder builder = new CampaignFigures.Builder(CAMPAIGN);
        CampaignDossiers.forEach(instructor, CAMPAIGN, false, builder::add);
        CampaignFigures f = builder.build();
        assertEquals(1, f.statuses().get("draft"));
        assertEquals(3, f.statuses().get("submitted"));
        assertEquals(3, f.filed());
        assertEquals(5, f.libraries());
        assertEquals(4, f.communes(), "Armentières, Lille, Houplines, Erquinghem-Lys");
        Map<String, Figure> figures = new HashMap<>();
        f.figures().forEach(figure -> figures.put(figure.pointer(), figure));
        // borrowers: 2826, 2826, 1200, 0, 350 → 7202; sorted 0 350 1200 2826 2826 → 1200
        Figure borrowers = figures.get("/audience/activeBorrowers");
        assertEquals(List.of(5, 0, 0), List.of(borrowers.numbers(), borrowers.nc(), borrowers.empty()));
        assertEquals(new BigDecimal("7202"), borrowers.total());
        assertEquals(new BigDecimal("1200"), borrowers.median());
        // adults: 2005, 2005 and three NC: NC never counted as 0
        Figure adults = figures.get("/audience/adults");
        assertEquals(List.of(2, 3, 5), List.of(adults.numbers(), adults.nc(), adults.answered()));
        assertEquals(new BigDecimal("4010"), adults.total());
        assertEquals(new BigDecimal("2005"), adults.median());
        // hours: 27, 0, 20, 12.5, 8 → 67.5; sorted 0 8 12.5 20 27 → 12.5
        Figure hours = figures.get("/openingHoursPerWeek");
        assertEquals(new BigDecimal("67.5"), hours.total());
        assertEquals(new BigDecimal("12.5"), hours.median());
        // games: 803, NC, 100, 0, 803 → 1706; an even count: sorted 0 100 803 803 → (100 + 803) / 2
        Figure games = figures.get("/collections/games");
        assertEquals(List.of(4, 1), List.of(games.numbers(), games.nc()));
        assertEquals(new BigDecimal("1706"), games.total());
        assertEquals(new BigDecimal("451.5"), games.median());
        // communication: NC everywhere but Lille's 1200
        Figure communication = figures.get("/budget/communication");
        assertEquals(List.of(1, 4), List.of(communication.numbers(), communication.nc()));
        assertEquals(new BigDecimal("1200"), communication.median());
        assertEquals(new BigDecimal("89.5"), figures.get("/team/fte").total(), "17.9 × 5");
        assertNull(figures.get("/presentation/totalAreaM2"), "only VOLET 1's figures of audience, staff, budget...");
        assertTrue(figures.containsKey("/equipment/publicComputers") && figures.containsKey("/collections/books"));

        assertEquals(Map.of("yes", 2, "no", 0, "planned_2024", 1, "planned_2025", 0, "none", 0),
                f.commitments().get("ils"));
        assertEquals(3, f.commitments().get("keepCompatibleIls/software").get("none"));
        assertEquals(Map.of("ils", 2, "online_resources", 2, "digital_mediation", 2, "ebooks", 1), f.workingGroups());
        assertEquals(List.of("modernise_library 3 2 8", "better_public_reading_service 3 1 7",
                "staff_digital_skills 2 0 2", "cost_savings 1 0 1"), f.objectives().stream()
                        .map(o -> o.code() + " " + o.dossiers() + " " + o.first() + " " + o.points()).toList());
    }

    /** An output that counts what reached it. */
    private static final class Counting extends java.io.OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /**
     * The writers stream: 1,000 dossiers' lines (the network's, again and again) reach the output as they are
     * written, well before the end, for the CSV, the workbook, the JSON and the ZIP alike.
     */
    @Test
    void everyExportReachesTheStreamAsItIsWrittenNotAtTheEnd() throws Exception {
        Map<String, CampaignDossiers.Dossier> filed = new HashMap<>();
        CampaignDossiers.forEach(instructor, CAMPAIGN, true, d -> filed.put(d.tenant(), d));
        CampaignDossiers.Dossier dossier = filed.get("exp-n");
        LibraryRows rows = new LibraryRows(Dictionary.french());
        List<List<Column.Cell>> lines = rows.rows(dossier);
        Counting csvOut = new Counting();
        Counting xlsxOut = new Counting();
        Counting jsonOut = new Counting();
        List<Long> csvSeen = new ArrayList<>();
        List<Long> xlsxSeen = new ArrayList<>();
        List<Long> jsonSeen = new ArrayList<>();
        try (LibrariesCsv csv = new LibrariesCsv(csvOut, rows.header());
                LibrariesXlsx xlsx = new LibrariesXlsx(xlsxOut, "Bibliothèques", rows.header());
                DossiersJson json = new DossiersJson(jsonOut)) {
            for (int i = 1; i <= 1000; i++) {
                csv.rows(lines);
                xlsx.rows(lines);
                json.write(dossier);
                if (i % 200 == 0) {
                    csvSeen.add(csvOut.bytes);
                    xlsxSeen.add(xlsxOut.bytes);
                    jsonSeen.add(jsonOut.bytes);
                }
            }
        }
        for (List<Long> seen : List.of(csvSeen, xlsxSeen, jsonSeen)) {
            for (int k = 1; k < seen.size(); k++) {
                assertTrue(seen.get(k) > seen.get(k - 1), "bytes reach the output every 200 dossiers: " + seen);
            }
        }
        assertTrue(csvSeen.get(0) > 200L * 3 * 1000, "the first 200 dossiers' lines are out: " + csvSeen);
        Counting zipOut = new Counting();
        try (DossiersZip zip = new DossiersZip(zipOut, Dictionary.french(), CAMPAIGN)) {
            zip.write(filed.get("exp-a"), null);
            long first = zipOut.bytes;
            assertTrue(first > 1000, "the first PDF is out before the second is made: " + first);
            zip.write(dossier, null);
            assertTrue(zipOut.bytes > first);
        }
    }

    /** GET …/figures answers this JSON (golden file; regenerate with -Dbnm.golden.record=true and review it). */
    @Test
    void theFiguresJsonMatchesItsGoldenFile() throws Exception {
        CampaignFigures.Builder builder = new CampaignFigures.Builder(CAMPAIGN);
        CampaignDossiers.forEach(instructor, CAMPAIGN, false, builder::add);
        String actual = fr.lillemetropole.bnm.internal.api.ApiResponses.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(builder.build());
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/figures.json");
        if (Boolean.getBoolean("bnm.golden.record")) {
            java.nio.file.Files.writeString(golden, actual + "\n");
        }
        org.skyscreamer.jsonassert.JSONAssert.assertEquals(java.nio.file.Files.readString(golden), actual,
                org.skyscreamer.jsonassert.JSONCompareMode.STRICT);
    }

    @Test
    void onlyMelInstructorsAndAdminsExport() throws Exception {
        CampaignDossiers.requireStaff(instructor, CAMPAIGN);
        CampaignDossiers.requireStaff(BnmContext.login(context, "mel.admin", PASSWORD), CAMPAIGN);
        for (String login : List.of("agent.exp-a", "elu.exp-b", "editrice")) {
            assertThrows(ForbiddenException.class, () -> CampaignDossiers.requireStaff(
                    BnmContext.login(context, login, PASSWORD), CAMPAIGN), login);
        }
        assertThrows(NotFoundException.class, () -> CampaignDossiers.requireStaff(instructor, "ami-bnm-1999"));
        assertThrows(NotFoundException.class, () -> CampaignDossiers.requireStaff(instructor, "../tenants"));
    }

    @Test
    void aCellThatCouldRunAsAFormulaIsNeutralised() {
        for (String formula : List.of("=1+1", "+33 3 20", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, LibrariesCsv.neutralise(formula));
        }
        assertEquals("Lille", LibrariesCsv.neutralise("Lille"));
        assertEquals("", LibrariesCsv.neutralise(""));
        assertFalse(LibrariesCsv.neutralise("a=b").startsWith("'"));
    }

    /** The figures page as an account sees it. */
    private fr.lillemetropole.bnm.models.CampaignStatistics page(String login) throws Exception {
        context.registerService(org.apache.sling.i18n.ResourceBundleProvider.class, Dictionary.provider(),
                "service.ranking", Integer.MAX_VALUE);
        context.addModelsForClasses(fr.lillemetropole.bnm.internal.models.CampaignStatisticsImpl.class);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        if (!admin.nodeExists("/content/bnm/instruction/statistiques")) {
            javax.jcr.Node bnm = admin.getNode("/content/bnm");
            (bnm.hasNode("instruction") ? bnm.getNode("instruction") : bnm.addNode("instruction", "nt:unstructured"))
                    .addNode("statistiques", "nt:unstructured");
            admin.save();
        }
        Session session = BnmContext.login(context, login, PASSWORD);
        org.apache.sling.api.resource.ResourceResolver resolver = context.getService(
                org.apache.sling.api.resource.ResourceResolverFactory.class).getResourceResolver(Map.of(
                        org.apache.sling.jcr.resource.api.JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest request =
                new org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest(resolver,
                        context.bundleContext());
        request.setResource(resolver.getResource("/content/bnm/instruction/statistiques"));
        request.setParameterMap(Map.of("campaign", CAMPAIGN));
        request.setLocale(java.util.Locale.FRENCH);
        return request.adaptTo(fr.lillemetropole.bnm.models.CampaignStatistics.class);
    }

    @Test
    void theFiguresPageShowsNcApartInFrenchNumbersAndEachChartWithItsData() throws Exception {
        fr.lillemetropole.bnm.models.CampaignStatistics page = page("instructeur");
        assertTrue(page.isAllowed());
        assertEquals(List.of("4 dossiers, dont 3 déposés", "4 communes couvertes par les dossiers déposés",
                "5 bibliothèques dans les dossiers déposés"), page.getKeyFigures());
        Map<String, fr.lillemetropole.bnm.models.CampaignStatistics.FigureRow> rows = new HashMap<>();
        page.getFigures().forEach(row -> rows.put(row.getTitle(), row));
        var games = rows.get("Nombre de jeux empruntables (société, vidéo...)");
        assertEquals(List.of("Collections", "5 bibliothèques, dont 1 NC", "1\u202F706", "451,5"),
                List.of(games.getSection(), games.getAnswered(), games.getTotal(), games.getMedian()));
        assertEquals("5 bibliothèques, dont 3 NC", rows.get("Adultes (+ 15 ans)").getAnswered());
        assertEquals("67,5", rows.get("Nombre d’heures d’ouverture hebdomadaire").getTotal());
        var statuses = page.getCharts().get(0);
        assertEquals("Dossiers par statut", statuses.getTitle());
        assertEquals(List.of("Brouillon — non déposé 1", "Déposé 3"), statuses.getBars().stream().filter(b -> b.getValue() > 0)
                .map(b -> b.getLabel() + " " + b.getValueText()).toList());
        assertEquals(420, statuses.getBars().stream().mapToInt(
                fr.lillemetropole.bnm.models.CampaignStatistics.Bar::getWidth).max().orElse(0), "the longest bar: the whole width (StatisticsViews.MAX_BAR)");
        for (Object view : List.of(statuses, statuses.getBars().get(0), games, page.getExports().get(0))) {
            assertTrue(java.lang.reflect.Modifier.isPublic(view.getClass().getModifiers())
                    && java.lang.reflect.Modifier.isPublic(view.getClass().getEnclosingClass().getModifiers()),
                    "HTL reads the views by reflection: " + view.getClass());
        }
        var objectives = page.getCharts().get(2);
        assertEquals("Moderniser la bibliothèque et ses services", objectives.getBars().get(0).getLabel());
        assertEquals("8 points (3 dossiers, dont 2 en +++)", objectives.getBars().get(0).getValueText());
        assertTrue(page.getCharts().stream().allMatch(c -> !c.getDescription().isBlank() && c.getId().startsWith(
                "graphique-")));
        assertEquals("/bnm/api/v1/campaigns/ami-bnm-2022/exports/libraries.csv", page.getExports().get(0).getUrl());
        for (String login : List.of("agent.exp-a", "editrice")) {
            fr.lillemetropole.bnm.models.CampaignStatistics refused = page(login);
            assertFalse(refused.isAllowed(), login);
            assertTrue(refused.getFigures().isEmpty() && refused.getCharts().isEmpty(), login);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The entries of a ZIP read through its central directory, as spreadsheet programs read a workbook. */
    static Map<String, byte[]> zipFile(byte[] zip) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (java.util.zip.ZipFile zipFile = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zipFile.entries())) {
                    entries.put(entry.getName(), zipFile.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The sheet's rows, each cell as {type, text}: type "n" for a number, "s" for a string. */
    static List<List<String[]>> sheet(byte[] xml) throws Exception {
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
                String text = string ? cell.getElementsByTagName("t").item(0).getTextContent()
                        : cell.getElementsByTagName("v").item(0).getTextContent();
                cells.add(new String[] {string ? "s" : "n", text});
            }
            rows.add(cells);
        }
        return rows;
    }

    /** "AB12" → 27 (0-based column). */
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
