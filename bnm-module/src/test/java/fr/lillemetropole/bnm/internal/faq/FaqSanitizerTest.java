package fr.lillemetropole.bnm.internal.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an editor's answer keeps (bold, italic, lists, links) and loses (scripts, handlers, javascript: links). */
class FaqSanitizerTest {

    @Test
    void keepsTheRichTextOfTheAllowList() {
        String html = "<p>Un <strong>SIGB</strong> <em>commun</em></p><ul><li>un</li></ul><ol><li>deux</li></ol>";
        assertEquals(html, FaqSanitizer.sanitize(html));
    }

    @Test
    void dropsScriptsHandlersAndJavascriptLinks() {
        String clean = FaqSanitizer.sanitize("<p onclick=\"x()\">Bonjour<script>alert(1)</script></p>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">piège</a>"
                + "<a href=\"data:text/html,<script>alert(4)</script>\">donnée</a><iframe src=\"https://x\"></iframe>"
                + "<p style=\"color:red\">rouge</p>");
        for (String forbidden : new String[] {"script", "onclick", "onerror", "<img", "javascript:", "data:", "iframe",
                "style", "alert"}) {
            assertFalse(clean.contains(forbidden), forbidden + " in " + clean);
        }
        assertTrue(clean.contains("Bonjour") && clean.contains("piège") && clean.contains("rouge"), clean);
    }

    @Test
    void linksKeepTheirAddressAndOpenWithoutOpener() {
        String clean = FaqSanitizer.sanitize("<a href=\"https://asuivre.lillemetropole.fr/\">à suivre</a> "
                + "<a href=\"mailto:bnm@lillemetropole.fr\">écrire</a>");
        assertTrue(clean.contains("href=\"https://asuivre.lillemetropole.fr/\""), clean);
        assertTrue(clean.contains("href=\"mailto:bnm&#64;lillemetropole.fr\"")
                || clean.contains("href=\"mailto:bnm@lillemetropole.fr\""), clean);
        assertTrue(clean.contains("noopener") && clean.contains("rel=\""), clean);
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertEquals("<p>Première ligne<br />suite</p><p>Deuxième &amp; fin</p>",
                FaqSanitizer.sanitize("Première ligne\nsuite\n\nDeuxième & fin"));
    }
}
