package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import fr.lillemetropole.bnm.internal.api.ApiResponses;
import fr.lillemetropole.bnm.internal.api.FormRedirects;
import fr.lillemetropole.bnm.internal.flash.FlashWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Refuses a request whose declared body is larger than the portal accepts, before a byte of it is
 * read: a clean 413 in French (or, for a form posted from a page of the portal, a redirect back to it
 * with the message), {@code Connection: close}. A client that sends {@code Expect: 100-continue} never
 * sends the body at all. Bodies of unknown length are bounded further on by Sling's own
 * {@code request.max}, which the feature sets to the same figure.
 */
@Component(service = Preprocessor.class, property = "service.ranking:Integer=9000")
@Designate(ocd = RequestSizePreprocessor.Config.class)
public class RequestSizePreprocessor implements Preprocessor {

    @ObjectClassDefinition(name = "BNM - taille des requêtes",
            description = "Refuse d'emblée une requête plus grosse que la taille maximale.")
    public @interface Config {
        @AttributeDefinition(name = "Taille maximale d'une requête (octets)",
                description = "La même que request.max de org.apache.sling.engine.parameters.")
        long maxRequestBytes() default 26_214_400L;
    }

    @Reference
    private FlashWriter flash;

    private volatile long maxBytes;

    public RequestSizePreprocessor() {
        // OSGi
    }

    RequestSizePreprocessor(FlashWriter flash, long maxBytes) {
        this.flash = flash;
        this.maxBytes = maxBytes;
    }

    @Activate
    @Modified
    void activate(Config config) {
        maxBytes = config.maxRequestBytes();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(req, res);
            return;
        }
        String message = message(maxBytes);
        response.setHeader("Connection", "close");
        String back = portalPage(request.getHeader("Referer"));
        String accept = request.getHeader("Accept");
        if (back != null && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            flash.error(response, message);
            response.sendRedirect(back);
            return;
        }
        ApiResponses.problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
    }

    static String message(long maxBytes) {
        return "La requête dépasse " + Math.max(1, maxBytes / (1024 * 1024))
                + " Mo, la taille maximale acceptée par le portail : rien n'a été enregistré.";
    }

    /** The path of the page the form was posted from, if it is a page of the portal (no open redirect). */
    static String portalPage(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getPath();
            if (!FormRedirects.isPortalPage(path)) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void init(FilterConfig config) {
        // configured through OSGi
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
