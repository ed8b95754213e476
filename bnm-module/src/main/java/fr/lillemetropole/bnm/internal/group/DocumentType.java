package fr.lillemetropole.bnm.internal.group;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types a working group may share, told from the file's bytes (never from its name or
 * the type the browser announces): PDF starts with {@code %PDF-}; ODT and ODS are zip files whose
 * {@code mimetype} entry names the OpenDocument type; DOCX and XLSX are zip files with a
 * {@code [Content_Types].xml} entry and {@code word/} or {@code xl/} parts.
 */
public enum DocumentType {

    PDF("application/pdf", "pdf", "PDF"),
    ODT("application/vnd.oasis.opendocument.text", "odt", "Texte OpenDocument (ODT)"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "Tableur OpenDocument (ODS)"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Document Word (DOCX)"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Classeur Excel (XLSX)");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MIMETYPE_MAX = 200;

    private final String mimeType;
    private final String extension;
    private final String label;

    DocumentType(String mimeType, String extension, String label) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.label = label;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The file name's extension for this type, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type as users read it (« PDF », « Classeur Excel (XLSX) »). */
    public String label() {
        return label;
    }

    /** The type of a stored document from its MIME type, if it is one of ours. */
    public static Optional<DocumentType> ofMimeType(String mimeType) {
        return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst();
    }

    /** The type the bytes prove, or empty for anything else (an executable, an image, a renamed file…). */
    public static Optional<DocumentType> detect(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            return Optional.empty();
        }
        try {
            return zip(bytes);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<DocumentType> zip(byte[] bytes) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean first = true;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (first && "mimetype".equals(name)) {
                    String type = new String(zip.readNBytes(MIMETYPE_MAX), StandardCharsets.US_ASCII).strip();
                    return ODT.mimeType.equals(type) ? Optional.of(ODT)
                            : ODS.mimeType.equals(type) ? Optional.of(ODS) : Optional.empty();
                }
                first = false;
                contentTypes |= "[Content_Types].xml".equals(name);
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
