package fr.lillemetropole.bnm.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.internal.api.ApiResponses;

/** The open data: the JSON against its golden file, the CSV as a spreadsheet reads it. */
class OpenDataTest {

    private static final Directory.Snapshot SNAPSHOT = new Directory.Snapshot(Instant.parse("2026-12-01T10:15:30Z"),
            List.of(new PublicLibrary("mediatheque-de-la-gare-comines", "Médiathèque de la Gare", "Comines", "reseau-lys",
                    "ami-bnm-2022", "Réseau Lys", "8 rue de la Gare; 59560 Comines", "03 20 00 00 01",
                    "https://mediatheque.comines.fr/", 37.5, List.of("wifi", "rfid"), List.of("ils", "ebooks"),
                    "=HYPERLINK(\"http://x\")"),
                    new PublicLibrary("bibliotheque-du-centre-armentieres", "Bibliothèque du Centre", "Armentières",
                            "armentieres", "ami-bnm-2022", null, null, null, null, null, List.of(), List.of(), null)));

    @Test
    void theJsonMatchesItsGoldenFile() throws Exception {
        String golden;
        try (InputStream in = OpenDataTest.class.getResourceAsStream("/golden/libraries.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JSONAssert.assertEquals(golden, ApiResponses.JSON.writeValueAsString(OpenData.json(SNAPSHOT)),
                JSONCompareMode.STRICT);
    }

    @Test
    void theCsvIsUtf8WithSemicolonsFrenchHeadersAndNeutralisedFormulas() {
        String csv = new String(OpenData.csv(SNAPSHOT), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark: spreadsheets then read the accents");
        assertEquals("\uFEFF" + OpenData.HEADER, lines[0]);
        assertEquals(3, lines.length);
        assertEquals("bibliotheque-du-centre-armentieres;Bibliothèque du Centre;Armentières;;;;;;Non;Non;Non;Non;Non;"
                + "Non;Non;Non;Non;Non;;/content/bnm/bibliotheques/bibliotheque-du-centre-armentieres.html", lines[1],
                "sorted by commune");
        assertTrue(lines[2].startsWith("mediatheque-de-la-gare-comines;Médiathèque de la Gare;Comines;Réseau Lys;"
                + "\"8 rue de la Gare; 59560 Comines\";03 20 00 00 01;https://mediatheque.comines.fr/;37,5;"
                + "Oui;Non;Non;Non;Oui;Non;Oui;Non;Non;Oui;"), lines[2]);
        assertTrue(lines[2].contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"), "a formula is only text: " + lines[2]);
    }
}
