package fr.lillemetropole.bnm.internal.dossier.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** A4 text layout: headings, label/value lines, wrapping and page breaks, in the standard PDF fonts. */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDFont REGULAR = PDType1Font.HELVETICA;
    private static final PDFont BOLD = PDType1Font.HELVETICA_BOLD;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream stream;
    private float y;

    PdfWriter() throws IOException {
        newPage();
    }

    void title(String text) throws IOException {
        paragraph(text, BOLD, 14, 20);
        y -= 4;
    }

    /** Level 1: a section; 2: a part of it (the élu référent, say); 3 and more: a group of fields. */
    void heading(String text, int level) throws IOException {
        y -= level == 1 ? 10 : level == 2 ? 6 : 4;
        paragraph(text, BOLD, level == 1 ? 12 : level == 2 ? 11 : 10, level == 1 ? 16 : level == 2 ? 14 : 13);
    }

    void line(String label, String value) throws IOException {
        paragraph(label + " : " + value, REGULAR, 9.5f, 12);
    }

    void text(String text) throws IOException {
        paragraph(text, REGULAR, 9.5f, 12);
    }

    private void paragraph(String text, PDFont font, float size, float leading) throws IOException {
        for (String line : wrap(safe(text, font), font, size)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(line);
            stream.endText();
        }
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\r?\\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && current.length() > 0) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
                while (font.getStringWidth(current.toString()) / 1000 * size > WIDTH && current.length() > 1) {
                    int cut = current.length() - 1;
                    while (cut > 1 && font.getStringWidth(current.substring(0, cut)) / 1000 * size > WIDTH) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current = new StringBuilder(current.substring(cut));
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /** Characters the standard fonts cannot show become '?', never an error. */
    private static String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(cp == '\n' || cp == '\r' ? c : "?");
            }
        });
        return out.toString();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    byte[] toBytes(String title) throws IOException {
        stream.close();
        stream = null;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Portail BNM");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        document.close();
    }
}
