package fr.lillemetropole.bnm.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * HTTP Basic with the login in its canonical form (lower case): the repository finds an account
 * whatever the case typed, and the portal then records who acted as {@code agent.demo}, never as
 * {@code AGENT.DEMO}.
 */
final class CanonicalBasicRequest extends HttpServletRequestWrapper {

    private final String authorization;

    private CanonicalBasicRequest(HttpServletRequest request, String authorization) {
        super(request);
        this.authorization = authorization;
    }

    /** The request itself when it has no Basic header or its login is canonical already. */
    static HttpServletRequest of(HttpServletRequest request) {
        String decoded = credentials(request);
        if (decoded == null) {
            return request;
        }
        int colon = decoded.indexOf(':');
        String login = decoded.substring(0, colon);
        String canonical = login.toLowerCase(Locale.ROOT);
        if (canonical.equals(login)) {
            return request;
        }
        String credentials = canonical + decoded.substring(colon);
        return new CanonicalBasicRequest(request, "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The login of an HTTP Basic request, or null. */
    static String login(HttpServletRequest request) {
        String decoded = credentials(request);
        return decoded == null ? null : decoded.substring(0, decoded.indexOf(':'));
    }

    /** The decoded {@code login:password} of an HTTP Basic request, or null when there is none or it is malformed. */
    private static String credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') < 0 ? null : decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getHeader(String name) {
        return "authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return "authorization".equalsIgnoreCase(name) ? Collections.enumeration(Set.of(authorization))
                : super.getHeaders(name);
    }
}
