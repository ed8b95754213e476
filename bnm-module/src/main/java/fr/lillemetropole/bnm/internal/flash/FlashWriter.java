package fr.lillemetropole.bnm.internal.flash;

import java.time.Clock;

import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaves a message for the page a form post redirects to: call it before {@code sendRedirect}. The
 * message lasts {@value FlashCookie#MAX_AGE_SECONDS} seconds and is shown once; a longer text is cut at
 * {@value FlashCookie#MAX_TEXT} characters.
 */
@Component(service = FlashWriter.class)
public class FlashWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FlashWriter.class);

    @Reference
    private FlashKey key;

    private Clock clock = Clock.systemUTC();

    public FlashWriter() {
        // OSGi
    }

    public FlashWriter(FlashKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** A confirmation for the next page. */
    public void ok(HttpServletResponse response, String text) {
        write(response, new Flash(Flash.Kind.OK, text));
    }

    /** An error for the next page. */
    public void error(HttpServletResponse response, String text) {
        write(response, new Flash(Flash.Kind.ERROR, text));
    }

    private void write(HttpServletResponse response, Flash flash) {
        if (flash.text() == null || flash.text().isBlank()) {
            return;
        }
        String value;
        try {
            value = new FlashCookie(key.get()).seal(flash, clock.instant().getEpochSecond()
                    + FlashCookie.MAX_AGE_SECONDS);
        } catch (RepositoryException e) { // what was done stays done: only its message is lost
            LOG.warn("Cannot read the flash key: message not shown ({})", flash.text(), e);
            return;
        }
        response.addHeader("Set-Cookie", FlashCookie.header(value, FlashCookie.MAX_AGE_SECONDS));
    }
}
