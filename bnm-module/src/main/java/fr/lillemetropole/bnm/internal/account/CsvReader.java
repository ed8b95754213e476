package fr.lillemetropole.bnm.internal.account;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields in double quotes may hold the separator, line breaks and doubled
 * quotes; CRLF or LF ends a record; a leading BOM is skipped; the separator ({@code ;} or {@code ,})
 * is the one the header line uses most. Blank records are kept (empty lists) so that record numbers
 * stay those of the spreadsheet.
 */
final class CsvReader {

    /** At most this many characters are read (a spreadsheet of every commune of France is far smaller). */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private CsvReader() {}

    /** The records of the text; record 0 is the header. */
    static List<List<String>> read(Reader in) throws IOException {
        String text = slurp(in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                records.add(end(record, field, any));
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            records.add(end(record, field, true));
        }
        return records;
    }

    private static List<String> end(List<String> record, StringBuilder field, boolean any) {
        if (any || field.length() > 0) {
            record.add(field.toString());
        }
        field.setLength(0);
        return record;
    }

    /** ';' unless the first line has more commas than semicolons. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static String slurp(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) >= 0;) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_CHARS) {
                throw new IOException("too long");
            }
        }
        return text.toString();
    }
}
