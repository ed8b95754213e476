package fr.lillemetropole.bnm.internal.dossier.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.internal.text.Texts;

/**
 * The dossier laid out like the paper form (sections, French labels, the signature block), and the receipt;
 * every word that is not the schema's comes from the i18n dictionary ({@code bnm.pdf.…}).
 */
public final class DossierPdf {

    private static final String EMPTY = "—";

    private final ResourceBundle labels;

    /** {@code labels}: the i18n dictionary (section titles, « Oui » and « Non », the PDF's own words). */
    public DossierPdf(ResourceBundle labels) {
        this.labels = labels;
    }

    /** Who filed, who signed: shown in the signature block. */
    public record Context(String tenantName, String campaign, String statusLabel, Signature signature,
            Receipt receipt) {
    }

    public byte[] dossier(JsonNode document, Context context) throws IOException {
        FormFields fields = new FormFields(DossierSchema.get(), labels);
        try (PdfWriter pdf = new PdfWriter()) {
            pdf.title(text("bnm.pdf.form"));
            pdf.line(text("bnm.pdf.dossier"), context.tenantName());
            pdf.line(text("bnm.pdf.campaign"), context.campaign());
            pdf.line(text("bnm.pdf.status"), context.statusLabel());
            for (DossierSections.Section section : DossierSections.of(document)) {
                String title = section.title(labels);
                pdf.heading(title, 1);
                for (String part : section.parts()) {
                    writePart(pdf, fields, document, section, title, part);
                }
            }
            pdf.heading(text("bnm.dossier.actions"), 1);
            Signature signature = context.signature();
            pdf.text(signature == null ? text("bnm.pdf.unsigned")
                    : Texts.format(labels, signature.valid() ? "bnm.pdf.signed" : "bnm.pdf.signature.void",
                            signature.name(), FrenchDates.format(signature.signedAt()), signature.sha256()));
            if (context.receipt() != null) {
                receiptLines(pdf, context.receipt());
            }
            return pdf.toBytes(Texts.format(labels, "bnm.pdf.dossier.document", context.tenantName()));
        }
    }

    public byte[] receipt(Receipt receipt, String tenantName) throws IOException {
        try (PdfWriter pdf = new PdfWriter()) {
            pdf.title(text("bnm.pdf.receipt"));
            pdf.text(text("bnm.pdf.form"));
            pdf.heading(tenantName, 1);
            pdf.line(text("bnm.pdf.receipt.tenant"), tenantName);
            pdf.line(text("bnm.pdf.campaign"), receipt.campaign());
            receiptLines(pdf, receipt);
            pdf.text(text("bnm.pdf.receipt.note"));
            return pdf.toBytes(Texts.format(labels, "bnm.pdf.receipt.document", tenantName));
        }
    }

    private void receiptLines(PdfWriter pdf, Receipt receipt) throws IOException {
        pdf.line(text("bnm.pdf.filedAt"), FrenchDates.format(receipt.submittedAt()));
        pdf.line(text("bnm.pdf.filedBy"), filer(receipt));
        pdf.line(text("bnm.pdf.sha256"), receipt.sha256());
    }

    private String text(String key) {
        return Texts.get(labels, key);
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
    private void writePart(PdfWriter pdf, FormFields fields, JsonNode document,
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

    private void write(PdfWriter pdf, FieldView field, int level) throws IOException {
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
    private boolean hasContent(FieldView field) {
        if (!field.getKind().equals("group")) {
            return true;
        }
        return field.getChildren().stream().anyMatch(child -> child.getKind().equals("group") || child.getKind()
                .equals("rows") || !display(child).equals(EMPTY));
    }

    String display(FieldView field) {
        return switch (field.getKind()) {
            case "quantity" -> field.isNc() ? text("bnm.dossier.nc") : french(field.getValue());
            case "integer", "number" -> french(field.getValue());
            case "choice", "yesno" -> field.getOptions().stream().filter(FieldView.Option::checked)
                    .map(FieldView.Option::label).findFirst().orElse(EMPTY);
            case "multi" -> {
                String chosen = field.getOptions().stream().filter(FieldView.Option::checked)
                        .map(FieldView.Option::label).collect(Collectors.joining(" ; "));
                yield chosen.isEmpty() ? text("bnm.pdf.none") : chosen;
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
