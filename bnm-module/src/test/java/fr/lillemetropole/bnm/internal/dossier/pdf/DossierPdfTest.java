package fr.lillemetropole.bnm.internal.dossier.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.Signature;

/** The seed's dossier as PDF: every value it holds is printed, with the form's labels and the signature block. */
class DossierPdfTest {

    @Test
    void everyValueOfTheSeedsDossierIsPrinted() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/armentieres-2022.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        Receipt receipt = new Receipt("armentieres", "ami-bnm-2022", "2022-09-30T12:00:00Z", "agent.a",
                "ab".repeat(32));
        byte[] pdf = new DossierPdf().dossier(fixture, new DossierPdf.Context("Armentières", "ami-bnm-2022", "Déposé",
                new Signature("elu.a", "Jean-Michel MONPAYS", "2022-09-29T10:00:00Z", "ab".repeat(32), true), receipt));
        String text;
        try (PDDocument document = PDDocument.load(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        List<String> missing = new ArrayList<>();
        collect(fixture, "", text, missing);
        assertTrue(missing.isEmpty(), "values not printed: " + missing);
        for (String expected : List.of(DossierPdf.FORM_TITLE, "Nom de l’établissement", "Hébergement en local",
                "Validé et signé par Jean-Michel MONPAYS", "Empreinte SHA-256 du dossier", "NC (non communiqué)",
                "Volet 1 — Bibliothèque 1 : Médiathèque L'Albatros")) {
            assertTrue(text.contains(expected), expected);
        }
    }

    @Test
    void theReceiptNamesTheTenantTheTimeAndTheHash() throws Exception {
        Receipt receipt = new Receipt("armentieres", "ami-bnm-2022", "2022-09-30T12:00:00Z", "agent.a", "cd".repeat(32));
        try (PDDocument document = PDDocument.load(new DossierPdf().receipt(receipt, "Armentières"))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("ATTESTATION DE DÉPÔT"));
            assertTrue(text.contains("Armentières"));
            assertTrue(text.contains("2022-09-30T12:00:00Z"));
            assertTrue(text.replaceAll("\\s+", "").contains("cd".repeat(32)));
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
            String shown = node.asText().replaceAll("\\s+", " ");
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
