package fr.lillemetropole.bnm.internal.faq;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The FAQ answers' allow-list (OWASP Java HTML Sanitizer): paragraphs, line breaks, bold, italic, lists and links
 * to http, https or mailto addresses (opened with rel="noopener noreferrer"). Everything else is dropped: scripts
 * with their content, event attributes, styles, javascript: and data: links. An answer typed as plain text
 * (no tag) becomes paragraphs, one per blank-line-separated block.
 */
public final class FaqSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();
    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");

    private FaqSanitizer() {}

    /** The answer as stored and shown: sanitized HTML ("" for nothing). */
    public static String sanitize(String answer) {
        if (answer == null || answer.isBlank()) {
            return "";
        }
        String html = answer.indexOf('<') < 0 ? paragraphs(answer) : answer;
        return POLICY.sanitize(html).strip();
    }

    /** The answer without its markup, for a short excerpt. */
    public static String text(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ")
                .strip();
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : BLANK_LINES.split(text.strip())) {
            html.append("<p>").append(escape(block.strip()).replaceAll("\\r?\\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
