package fr.lillemetropole.bnm.internal.dossier.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.Signature;

/** The seed's dossier as PDF: every value it holds is printed, with the form's labels and the signature block. */
class DossierPdfTest {

    private static final String FORM_TITLE =
            "APPEL À MANIFESTATION D'INTÉRÊT — LA BIBLIOTHÈQUE NUMÉRIQUE MÉTROPOLITAINE";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Receipt RECEIPT = new Receipt("armentieres", "ami-bnm-2022", "2026-12-01T23:56:00Z",
            "agent.a", "Sandrine VANSTEELANT", "cd".repeat(32));

    @Test
    void everyValueOfTheSeedsDossierIsPrinted() throws Exception {
        JsonNode fixture = fixture();
        String text = text(dossier(fixture));
        List<String> missing = new ArrayList<>();
        collect(fixture, "", text, missing);
        assertTrue(missing.isEmpty(), "values not printed: " + missing);
        for (String expected : List.of(FORM_TITLE, "Nom de l’établissement", "Hébergement en local",
                "Validé et signé par Jean-Michel MONPAYS", "Empreinte SHA-256 du dossier", "NC (non communiqué)",
                "Volet 1 — Bibliothèque 1 : Médiathèque L'Albatros")) {
            assertTrue(text.contains(expected), expected);
        }
    }

    @Test
    void yesAndNoAnswersReadOuiAndNonFromTheDictionary() throws Exception {
        String text = text(dossier(fixture()));
        assertTrue(text.contains("Accès WIFI public : Oui"), text);
        assertTrue(text.contains("La bibliothèque est-elle équipée de la RFID ? : Oui"), text);
        assertTrue(text.contains("Disposez-vous une boîte de retour automatisée ? : Non"), text);
        assertFalse(text.contains("bnm."), "no dictionary key: " + text);
    }

    @Test
    void datesAreWrittenInFrenchInParisTime() throws Exception {
        String text = text(dossier(fixture()));
        assertTrue(text.contains("Validé et signé par Jean-Michel MONPAYS le 30 novembre 2026 à 10:15"), text);
        assertTrue(text.contains("Déposé le : 2 décembre 2026 à 00:56"), text);
        assertTrue(text.contains("Le : 30 septembre 2022"), "the date field of the signature block: " + text);
        assertFalse(ISO_DATE.matcher(text).find(), "no ISO date or instant: " + text);
    }

    @Test
    void theEluAndTheAgentReferentHaveTheirOwnHeadings() throws Exception {
        String text = text(dossier(fixture()));
        int elected = text.indexOf("Élu référent du dossier Nom : MONPAYS");
        int lead = text.indexOf("Agent référent identifié pour la mise en oeuvre et le suivi du projet (responsable du"
                + " projet) Nom : VANSTEELANT");
        assertTrue(elected > 0, text);
        assertTrue(lead > elected, "the agent référent after the élu, under its own heading: " + text);
        assertFalse(text.contains("Présentation de la commune candidate Présentation de la commune candidate"),
                "the section's own part is not titled twice");
    }

    @Test
    void theReceiptNamesTheCommuneTheFilerTheTimeAndTheHash() throws Exception {
        byte[] receipt = new DossierPdf(fr.lillemetropole.bnm.testing.Dictionary.french()).receipt(RECEIPT,
                "Armentières");
        String text = text(receipt);
        for (String expected : List.of("ATTESTATION DE DÉPÔT", FORM_TITLE, "Commune ou réseau candidat : Armentières",
                "Déposé le : 2 décembre 2026 à 00:56", "Déposé par : Sandrine VANSTEELANT (agent.a)",
                "Campagne : ami-bnm-2022")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(text.replaceAll("\\s+", "").contains("cd".repeat(32)), text);
        assertFalse(ISO_DATE.matcher(text).find(), text);
        assertFalse(text.contains("bnm."), "no dictionary key: " + text);
        try (PDDocument document = PDDocument.load(receipt)) {
            assertEquals("Attestation de dépôt — Armentières", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aReceiptWithoutADisplayNameNamesTheLogin() {
        assertEquals("agent.a", DossierPdf.filer(new Receipt("a", "c", "2026-12-01T23:56:00Z", "agent.a", "agent.a",
                "ab")));
        assertEquals("agent.a", DossierPdf.filer(new Receipt("a", "c", "2026-12-01T23:56:00Z", "agent.a", null, "ab")));
    }

    private static byte[] dossier(JsonNode fixture) throws Exception {
        return new DossierPdf(fr.lillemetropole.bnm.testing.Dictionary.french()).dossier(fixture,
                new DossierPdf.Context("Armentières", "ami-bnm-2022", "Déposé", new Signature("elu.a",
                        "Jean-Michel MONPAYS", "2026-11-30T09:15:00Z", "ab".repeat(32), true), RECEIPT));
    }

    private static JsonNode fixture() throws Exception {
        try (InputStream in = DossierPdfTest.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = PDDocument.load(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void collect(JsonNode node, String pointer, String text, List<String> missing) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + f.getKey(), text, missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, text, missing);
            }
        } else if (node.isNumber()) {
            String shown = node.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
            if (!text.contains(shown)) {
                missing.add(pointer + "=" + shown);
            }
        } else if (node.isTextual() && !isCode(node.asText())) {
            String shown = ISO_DATE.matcher(node.asText()).matches() ? DossierPdf.frenchDate(node.asText())
                    : node.asText().replaceAll("\\s+", " ");
            if (!text.contains(shown)) {
                missing.add(pointer + "=" + shown);
            }
        }
    }

    /** Enumerated codes (e.g. "social_networks") are printed as their French labels, checked above. */
    private static boolean isCode(String text) {
        return text.matches("[a-z0-9_]+") && !text.matches("\\d+");
    }
}
