package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.dossier.DossierSummary;
import fr.lillemetropole.bnm.api.dossier.HistoryItem;
import fr.lillemetropole.bnm.api.dossier.ReceiptCheck;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.api.dossier.SectionReport;
import fr.lillemetropole.bnm.api.dossier.StatusReport;

/**
 * The dossier API's answers as a client reads them (status, list, receipt check), against their golden
 * files: no field more, none less, nulls written out.
 */
class DossierApiJsonTest {

    private static final String CAMPAIGN = "ami-bnm-2022";

    @Test
    void statusMatchesItsGoldenFile() throws Exception {
        Map<String, SectionReport> completeness = new LinkedHashMap<>();
        for (String section : List.of("dossier", "presentation", "libraries", "motivation", "commitments",
                "objectives", "engagement", "signature")) {
            completeness.put(section, new SectionReport(true, List.of()));
        }
        completeness.put("presentation", new SectionReport(false, List.of(FieldError.schema("/electedOfficial/email",
                "« Courriel » de l'élu référent : saisissez une adresse électronique, par exemple nom@commune.fr."))));
        completeness.put("signature", new SectionReport(false, List.of(new FieldError("R31", "/signature/signedBy",
                "Le dossier doit être validé et signé par l'élu référent avant son dépôt."))));
        List<HistoryItem> history = List.of(
                new HistoryItem("2026-12-02T09:14:03.120Z", "agent.armentieres", "dossier.save", null, null,
                        List.of("/electedOfficial/email", "/libraries/0/team/fte"), null),
                new HistoryItem("2026-11-28T16:02:45Z", "agent.armentieres", "dossier.save", null, null,
                        List.of(), null));
        assertGolden("status.json", new StatusReport("draft", completeness, history));
    }

    @Test
    void aFormSaveWithARefusedValueMatchesItsGoldenFile() throws Exception {
        Map<String, SectionReport> completeness = new LinkedHashMap<>();
        for (String section : List.of("dossier", "presentation", "libraries", "motivation", "commitments",
                "objectives", "engagement", "signature")) {
            completeness.put(section, new SectionReport(true, List.of()));
        }
        FieldError refused = FieldError.schema("/electedOfficial/email",
                "« E-mail » (Élu référent du dossier) n'est pas une adresse e-mail valide.");
        completeness.put("presentation", new SectionReport(false, List.of(refused)));
        assertGolden("save-result.json", new SaveResult("\"7\"", "draft", completeness, List.of(refused)));
    }

    @Test
    void listMatchesItsGoldenFile() throws Exception {
        assertGolden("dossier-list.json", List.of(
                new DossierSummary("armentieres", "submitted", "2026-12-02T09:14:03.120Z", 100),
                new DossierSummary("comines", "draft", "2026-11-30T11:00:00Z", 38)));
    }

    @Test
    void anEmptyListIsAnEmptyArray() throws Exception {
        assertEquals("[]", write(List.of()));
    }

    @Test
    void receiptCheckMatchesItsGoldenFile() throws Exception {
        String sha = "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b";
        assertGolden("receipt-check.json", new ReceiptCheck("armentieres", CAMPAIGN, "2026-12-02T09:20:11.004Z",
                "agent.armentieres", sha, sha, sha, true,
                "Le dossier déposé est intact : son empreinte SHA-256 est celle de l'attestation de dépôt."));
    }

    @Test
    void aReceiptWithoutJournalEntryWritesItsShaAsNull() throws Exception {
        String sha = "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b";
        assertGolden("receipt-check-alert.json", new ReceiptCheck("armentieres", CAMPAIGN, "2026-12-02T09:20:11.004Z",
                "agent.armentieres", sha, null, sha, false,
                "Alerte : l'attestation enregistrée ne correspond pas à celle du journal du dépôt."));
    }

    /** What ApiResponses.json sends: the body, as JSON in UTF-8, never cached. */
    private static String write(Object value) throws IOException {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        ApiResponses.json(response, 200, value);
        assertEquals(200, response.getStatus());
        assertEquals("application/json;charset=UTF-8", response.getContentType());
        assertEquals("no-store", response.getHeader("Cache-Control"));
        return response.getOutputAsString();
    }

    private static void assertGolden(String file, Object value) throws Exception {
        JSONAssert.assertEquals(golden(file), write(value), JSONCompareMode.NON_EXTENSIBLE);
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = DossierApiJsonTest.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IOException("no golden file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
