package fr.lillemetropole.bnm.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import fr.lillemetropole.bnm.internal.export.Column.Cell;

/**
 * The libraries export as an Excel workbook (fastexcel): one sheet, the header line in bold and frozen,
 * figures as numeric cells, every text an inline string (no shared table growing with the campaign).
 * Each dossier's lines are flushed to the stream as soon as they are written.
 */
public final class LibrariesXlsx implements AutoCloseable {

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public LibrariesXlsx(OutputStream stream, String sheetName, List<String> header) {
        this.workbook = new Workbook(stream, "BNM", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    public void rows(List<List<Cell>> rows) throws IOException {
        for (List<Cell> cells : rows) {
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell.isNumber()) {
                    sheet.value(row, c, cell.number());
                } else if (!cell.text().isEmpty()) {
                    sheet.inlineString(row, c, cell.text());
                }
            }
            row++;
        }
        sheet.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
