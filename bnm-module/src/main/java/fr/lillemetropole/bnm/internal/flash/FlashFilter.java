package fr.lillemetropole.bnm.internal.flash;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a flash once: a page view (GET or HEAD) that carries the flash cookie gets its message as a
 * request attribute ({@link Flash#current}) and the cookie is cleared. A forged, altered or expired
 * cookie is cleared and shows nothing.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "service.ranking:Integer=700"
})
public class FlashFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FlashFilter.class);

    @Reference
    private FlashKey key;

    private Clock clock = Clock.systemUTC();

    public FlashFilter() {
        // OSGi
    }

    public FlashFilter(FlashKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String value = cookie(http);
        if (value != null && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            try {
                Optional<Flash> flash = new FlashCookie(key.get()).open(value, clock.instant().getEpochSecond());
                flash.ifPresent(shown -> request.setAttribute(Flash.ATTRIBUTE, shown));
                HttpServletResponse out = (HttpServletResponse) response;
                out.addHeader("Set-Cookie", FlashCookie.header("", 0));
                if (flash.isPresent()) {
                    out.setHeader("Cache-Control", "no-store");
                }
            } catch (RepositoryException e) {
                LOG.warn("Cannot read the flash key: message left for a later view", e);
            }
        }
        chain.doFilter(request, response);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> FlashCookie.NAME.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
