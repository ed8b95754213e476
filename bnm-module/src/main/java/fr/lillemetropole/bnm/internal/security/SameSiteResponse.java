package fr.lillemetropole.bnm.internal.security;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Writes every cookie with SameSite=Lax (the servlet 3.1 Cookie API cannot), and remembers the
 * status and redirect of the response so that login attempts can be judged afterwards.
 */
final class SameSiteResponse extends HttpServletResponseWrapper {

    private int status = SC_OK;
    private String location;
    private boolean sessionCookieSet;
    private final String sessionCookie;
    private java.util.function.Supplier<Cookie> companion;

    SameSiteResponse(HttpServletResponse response, String sessionCookie) {
        super(response);
        this.sessionCookie = sessionCookie;
    }

    @Override
    public void addCookie(Cookie cookie) {
        StringBuilder header = new StringBuilder(cookie.getName()).append('=')
                .append(cookie.getValue() == null ? "" : cookie.getValue());
        header.append("; Path=").append(cookie.getPath() == null ? "/" : cookie.getPath());
        if (cookie.getDomain() != null) {
            header.append("; Domain=").append(cookie.getDomain());
        }
        if (cookie.getMaxAge() >= 0) {
            header.append("; Max-Age=").append(cookie.getMaxAge());
            header.append("; Expires=").append(DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(cookie.getMaxAge())));
        }
        if (cookie.getSecure()) {
            header.append("; Secure");
        }
        if (cookie.isHttpOnly()) {
            header.append("; HttpOnly");
        }
        header.append("; SameSite=Lax");
        addHeader("Set-Cookie", header.toString());
        if (cookie.getName().equals(sessionCookie) && cookie.getMaxAge() != 0 && cookie.getValue() != null
                && !cookie.getValue().isEmpty()) {
            boolean first = !sessionCookieSet;
            sessionCookieSet = true;
            if (first && companion != null) {
                addCookie(companion.get());
            }
        }
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String target) throws IOException {
        status = SC_FOUND;
        location = target;
        super.sendRedirect(target);
    }

    /** A cookie to set together with the session cookie, while the response is not yet committed. */
    void withCompanion(java.util.function.Supplier<Cookie> cookie) {
        this.companion = cookie;
    }

    int status() {
        return status;
    }

    String location() {
        return location;
    }

    boolean sessionCookieSet() {
        return sessionCookieSet;
    }
}
