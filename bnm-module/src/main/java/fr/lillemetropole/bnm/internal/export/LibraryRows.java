package fr.lillemetropole.bnm.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.export.Column.Cell;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.internal.text.Texts;

/**
 * The libraries export's lines, shared by the CSV and the XLSX: one line per library of VOLET 1, with the
 * dossier's own columns (commune or network, status, filing date, the dossier's fields) repeated on each of
 * its libraries' lines.
 */
public final class LibraryRows {

    private final ResourceBundle labels;
    private final Column.Words words;

    public LibraryRows(ResourceBundle labels) {
        this.labels = labels;
        this.words = new Column.Words(Texts.get(labels, "bnm.yes"), Texts.get(labels, "bnm.no"));
    }

    /** The header line: the export's own columns, then every field's title. */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        for (String key : List.of("bnm.export.column.tenant", "bnm.export.column.slug", "bnm.export.column.kind",
                "bnm.export.column.status", "bnm.export.column.filedAt", "bnm.export.column.library")) {
            header.add(Texts.get(labels, key));
        }
        Columns.all().forEach(c -> header.add(c.header()));
        return header;
    }

    /** The lines of one dossier, one per library. */
    public List<List<Cell>> rows(CampaignDossiers.Dossier dossier) {
        List<List<Cell>> rows = new ArrayList<>();
        JsonNode libraries = dossier.document().path("libraries");
        for (int i = 0; i < libraries.size(); i++) {
            JsonNode library = libraries.get(i);
            List<Cell> row = new ArrayList<>();
            row.add(text(dossier.tenantName()));
            row.add(text(dossier.tenant()));
            row.add(text(Labels.kind(labels, dossier.kind())));
            row.add(text(Labels.status(labels, dossier.status())));
            row.add(text(dossier.receipt() == null ? "" : FrenchDates.format(dossier.receipt().submittedAt())));
            row.add(new Cell(java.math.BigDecimal.valueOf(i + 1L), null));
            for (Column column : Columns.all()) {
                JsonNode value = (column.library() ? library : dossier.document()).at(column.pointer());
                row.add(column.cell(value, words));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Cell text(String value) {
        return new Cell(null, value == null ? "" : value);
    }
}
