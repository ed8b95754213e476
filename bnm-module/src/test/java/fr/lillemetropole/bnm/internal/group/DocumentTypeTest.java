package fr.lillemetropole.bnm.internal.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The type of a document is what its bytes prove, whatever its name says. */
class DocumentTypeTest {

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A zip whose entries are (name, content) pairs, the first stored uncompressed as ODF requires. */
    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i]);
                if (i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theFiveAcceptedTypesAreToldFromTheirContent() throws Exception {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.detect(pdf()));
        assertEquals(Optional.of(DocumentType.ODT), DocumentType.detect(zip("mimetype",
                "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>")));
        assertEquals(Optional.of(DocumentType.ODS), DocumentType.detect(zip("mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>")));
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.detect(zip("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document/>")));
        assertEquals(Optional.of(DocumentType.XLSX), DocumentType.detect(zip("[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook/>")));
    }

    @Test
    void anythingElseIsRefused() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(Optional.empty(), DocumentType.detect(exe), "a Windows executable, whatever its name");
        assertEquals(Optional.empty(), DocumentType.detect(new byte[0]));
        assertEquals(Optional.empty(), DocumentType.detect("<html><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), DocumentType.detect(zip("readme.txt", "just a zip")), "a plain zip");
        assertEquals(Optional.empty(), DocumentType.detect(zip("mimetype", "application/epub+zip")), "an EPUB");
        assertEquals(Optional.empty(), DocumentType.detect(zip("[Content_Types].xml", "<Types/>",
                "ppt/presentation.xml", "<p/>")), "a PowerPoint file");
        byte[] truncated = new byte[] {'P', 'K', 3, 4, 0, 0};
        assertEquals(Optional.empty(), DocumentType.detect(truncated), "a broken zip");
    }

    @Test
    void storedNamesAreSafe() {
        assertEquals("compte-rendu-n-3-reunion-de-mars", GroupDocuments.baseName("C:\\docs\\Compte rendu n°3 "
                + "(réunion de mars).PDF"));
        assertEquals("document", GroupDocuments.baseName("../.."));
        assertEquals("setup", GroupDocuments.baseName("setup.exe"));
    }
}
