package fr.lillemetropole.bnm.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a spreadsheet exports: BOM, ; or , quotes, doubled quotes, line breaks inside a cell, CRLF or LF. */
class CsvReaderTest {

    @Test
    void semicolonsQuotesAndLineBreaksInACell() throws IOException {
        List<List<String>> records = CsvReader.read(new StringReader(
                "\uFEFFnom;type\r\n\"Lys; \"\"Weppes\"\"\nbis\";réseau\r\n;\r\n\"dernier\";commune"));
        assertEquals(List.of(List.of("nom", "type"), List.of("Lys; \"Weppes\"\nbis", "réseau"), List.of("", ""),
                List.of("dernier", "commune")), records);
    }

    @Test
    void theHeaderTellsTheSeparator() throws IOException {
        assertEquals(List.of(List.of("nom", "type"), List.of("Lille; Hellemmes", "commune")),
                CsvReader.read(new StringReader("nom,type\nLille; Hellemmes,commune\n")));
        assertEquals(List.of(List.of("nom", "type"), List.of("a,b", "c")),
                CsvReader.read(new StringReader("nom;type\na,b;c\n")));
    }

    @Test
    void aBlankLineStaysARecordSoThatLineNumbersMatchTheSpreadsheet() throws IOException {
        assertEquals(List.of(List.of("nom"), List.of(), List.of("Lille")),
                CsvReader.read(new StringReader("nom\n\nLille\n")));
    }

    @Test
    void anOversizedFileIsRefused() {
        assertThrows(IOException.class, () -> CsvReader.read(new StringReader("x".repeat(CsvReader.MAX_CHARS + 1))));
    }
}
