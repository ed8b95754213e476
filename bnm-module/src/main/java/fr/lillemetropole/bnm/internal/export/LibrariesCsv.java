package fr.lillemetropole.bnm.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.lillemetropole.bnm.internal.export.Column.Cell;

/**
 * The libraries export as French Excel opens a CSV: UTF-8 with a byte order mark, {@code ;} between cells,
 * CRLF, decimal commas. A text cell a spreadsheet would take for a formula (starting with = + - @, a tab or
 * a carriage return) starts with an apostrophe. Written line by line to the stream, flushed after each
 * dossier.
 */
public final class LibrariesCsv implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").build();

    private final Writer out;
    private final CSVPrinter printer;

    public LibrariesCsv(OutputStream stream, List<String> header) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header.stream().map(LibrariesCsv::neutralise).toList());
    }

    public void rows(List<List<Cell>> rows) throws IOException {
        for (List<Cell> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Cell cell : row) {
                cells.add(cell.isNumber() ? cell.frenchText() : neutralise(cell.text()));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** A text cell that could run as a formula, made inert by a leading apostrophe. */
    public static String neutralise(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        out.flush();
    }
}
