package fr.lillemetropole.bnm.internal.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/** A request without some of its cookies: a revoked session goes on as an anonymous request. */
final class CookielessRequest extends HttpServletRequestWrapper {

    private final Set<String> hidden;

    CookielessRequest(HttpServletRequest request, Set<String> hidden) {
        super(request);
        this.hidden = hidden;
    }

    @Override
    public Cookie[] getCookies() {
        Cookie[] cookies = super.getCookies();
        if (cookies == null) {
            return null;
        }
        Cookie[] kept = Arrays.stream(cookies).filter(c -> !hidden.contains(c.getName())).toArray(Cookie[]::new);
        return kept.length == 0 ? null : kept;
    }

    @Override
    public String getHeader(String name) {
        return "cookie".equalsIgnoreCase(name) ? cookieHeader() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!"cookie".equalsIgnoreCase(name)) {
            return super.getHeaders(name);
        }
        String header = cookieHeader();
        return header == null ? Collections.emptyEnumeration() : Collections.enumeration(Set.of(header));
    }

    private String cookieHeader() {
        Cookie[] cookies = getCookies();
        return cookies == null ? null
                : Arrays.stream(cookies).map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
