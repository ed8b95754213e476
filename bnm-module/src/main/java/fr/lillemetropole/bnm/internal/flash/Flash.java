package fr.lillemetropole.bnm.internal.flash;

import java.util.Optional;

import javax.servlet.ServletRequest;

/**
 * A confirmation or an error left by a form post for the page it redirects to, shown once. It travels
 * in a signed cookie ({@link FlashWriter}), never in the URL: nobody can craft a link that makes the
 * portal display a text of their choosing. {@link FlashFilter} reads it back on the next page view.
 */
public record Flash(Kind kind, String text) {

    /** A confirmation, or an error. */
    public enum Kind { OK, ERROR }

    static final String ATTRIBUTE = "bnm.flash";

    /** The message left for this page view, if any. */
    public static Optional<Flash> current(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Flash flash ? Optional.of(flash) : Optional.empty();
    }

    /** The text of the message of that kind left for this page view, or null. */
    public static String text(ServletRequest request, Kind kind) {
        return current(request).filter(flash -> flash.kind() == kind).map(Flash::text).orElse(null);
    }
}
