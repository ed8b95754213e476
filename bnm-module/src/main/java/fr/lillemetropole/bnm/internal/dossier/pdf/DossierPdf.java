package fr.lillemetropole.bnm.internal.dossier.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/** The dossier laid out like the paper form (sections, French labels, the signature block), and the receipt. */
public final class DossierPdf {

    static final String FORM_TITLE = "APPEL À MANIFESTATION D'INTÉRÊT — LA BIBLIOTHÈQUE NUMÉRIQUE MÉTROPOLITAINE";
    private static final String EMPTY = "—";

    /**
     * Who filed, who signed: shown in the signature block; {@code labels}: the i18n dictionary (section titles,
     * « Oui » and « Non »).
     */
    public record Context(String tenantName, String campaign, String statusLabel, Signature signature,
            Receipt receipt, java.util.ResourceBundle labels) {
    }

    public byte[] dossier(JsonNode document, Context context) throws IOException {
        FormFields fields = new FormFields(DossierSchema.get(), context.labels());
        try (PdfWriter pdf = new PdfWriter()) {
            pdf.title(FORM_TITLE);
            pdf.line("Dossier de candidature", context.tenantName());
            pdf.line("Campagne", context.campaign());
            pdf.line("Statut", context.statusLabel());
            for (DossierSections.Section section : DossierSections.of(document)) {
                String title = section.title(context.labels());
                pdf.heading(title, 1);
                for (String part : section.parts()) {
                    writePart(pdf, fields, document, section, title, part);
                }
            }
            pdf.heading("Validation et dépôt", 1);
            Signature signature = context.signature();
            pdf.text(signature == null ? "Pas de signature de l'élu référent."
                    : (signature.valid() ? "Validé et signé par " : "Signature devenue caduque de ") + signature.name()
                            + " le " + FrenchDates.format(signature.signedAt()) + " (empreinte " + signature.sha256()
                            + ").");
            if (context.receipt() != null) {
                receiptLines(pdf, context.receipt());
            }
            return pdf.toBytes("Dossier AMI BNM — " + context.tenantName());
        }
    }

    public byte[] receipt(Receipt receipt, String tenantName) throws IOException {
        try (PdfWriter pdf = new PdfWriter()) {
            pdf.title("ATTESTATION DE DÉPÔT");
            pdf.text(FORM_TITLE);
            pdf.heading(tenantName, 1);
            pdf.line("Commune ou réseau candidat", tenantName);
            pdf.line("Campagne", receipt.campaign());
            receiptLines(pdf, receipt);
            pdf.text("L'empreinte SHA-256 identifie le dossier déposé : toute modification ultérieure la changerait.");
            return pdf.toBytes("Attestation de dépôt — " + tenantName);
        }
    }

    private static void receiptLines(PdfWriter pdf, Receipt receipt) throws IOException {
        pdf.line("Déposé le", FrenchDates.format(receipt.submittedAt()));
        pdf.line("Déposé par", filer(receipt));
        pdf.line("Empreinte SHA-256 du dossier", receipt.sha256());
    }

    /** « Camille Martin (agent.martin) », or the login alone when no other name is known. */
    static String filer(Receipt receipt) {
        String name = receipt.submittedByName();
        return name == null || name.isBlank() || name.equals(receipt.submittedBy()) ? receipt.submittedBy()
                : name + " (" + receipt.submittedBy() + ")";
    }

    /**
     * A part of a section: under its own heading when the section has several (the élu référent and the
     * agent référent each under theirs, not one "Nom" after the other).
     */
    private static void writePart(PdfWriter pdf, FormFields fields, JsonNode document,
            DossierSections.Section section, String sectionTitle, String part) throws IOException {
        String title = fields.schemaAt(part).path("title").asText("");
        boolean titled = section.parts().size() > 1 && !title.isBlank() && !title.equals(sectionTitle);
        if (titled) {
            pdf.heading(title, 2);
        }
        for (FieldView field : fields.of(document, part, List.of())) {
            write(pdf, field, titled ? 3 : 2);
        }
    }

    private static void write(PdfWriter pdf, FieldView field, int level) throws IOException {
        switch (field.getKind()) {
            case "group", "rows" -> {
                if (!field.getChildren().isEmpty() && hasContent(field)) {
                    pdf.heading(field.getLabel(), level);
                    for (FieldView child : field.getChildren()) {
                        write(pdf, child, level + 1);
                    }
                } else if (field.getKind().equals("rows")) {
                    pdf.line(field.getLabel(), EMPTY);
                }
            }
            default -> pdf.line(field.getLabel(), display(field));
        }
    }

    /** Blank rows of lists are left out; groups with no answer still show their fields. */
    private static boolean hasContent(FieldView field) {
        if (!field.getKind().equals("group")) {
            return true;
        }
        return field.getChildren().stream().anyMatch(child -> child.getKind().equals("group") || child.getKind()
                .equals("rows") || !display(child).equals(EMPTY));
    }

    static String display(FieldView field) {
        return switch (field.getKind()) {
            case "quantity" -> field.isNc() ? "NC (non communiqué)" : french(field.getValue());
            case "integer", "number" -> french(field.getValue());
            case "choice", "yesno" -> field.getOptions().stream().filter(FieldView.Option::checked)
                    .map(FieldView.Option::label).findFirst().orElse(EMPTY);
            case "multi" -> {
                String chosen = field.getOptions().stream().filter(FieldView.Option::checked)
                        .map(FieldView.Option::label).collect(Collectors.joining(" ; "));
                yield chosen.isEmpty() ? "aucun" : chosen;
            }
            case "lines" -> field.getValue().isBlank() ? EMPTY : field.getValue().replace("\n", " ; ");
            case "date" -> frenchDate(field.getValue());
            default -> field.getValue() == null || field.getValue().isBlank() ? EMPTY : field.getValue();
        };
    }

    /** "2022-09-30" shows as "30 septembre 2022"; anything else as it is. */
    static String frenchDate(String value) {
        if (value == null || value.isBlank()) {
            return EMPTY;
        }
        try {
            return FrenchDates.date(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** "17.9" shows as "17,9". */
    static String french(String number) {
        return number == null || number.isBlank() ? EMPTY : number.replace('.', ',');
    }
}
