package fr.lillemetropole.bnm.internal.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A login form POST read once here (to know which login is tried) and replayed intact to Sling,
 * whose parameter support would otherwise find the body already consumed.
 */
final class ReplayableFormRequest extends HttpServletRequestWrapper {

    static final int MAX_BODY = 16 * 1024;

    private final byte[] body;
    private Map<String, String[]> parameters;
    private String parsedWith;

    private ReplayableFormRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /**
     * Decoded like the container does: with the request's character encoding when one is set
     * (Sling sets ISO-8859-1, then re-decodes with the form's _charset_), else UTF-8.
     */
    private synchronized Map<String, String[]> parameters() {
        String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        if (!encoding.equals(parsedWith)) {
            java.nio.charset.Charset charset;
            try {
                charset = java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
            parameters = parse(getQueryString(), body, charset);
            parsedWith = encoding;
        }
        return parameters;
    }

    /** Null when the body is not a small url-encoded form. */
    static ReplayableFormRequest of(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")
                || request.getContentLength() > MAX_BODY) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : new ReplayableFormRequest(request, body);
    }

    /** The same form with its login (j_username) in lower case: accounts are recorded by their canonical id. */
    ReplayableFormRequest withCanonicalLogin() {
        String form = new String(body, StandardCharsets.ISO_8859_1);
        StringBuilder rewritten = new StringBuilder();
        boolean changed = false;
        for (String pair : form.split("&", -1)) {
            if (rewritten.length() > 0) {
                rewritten.append('&');
            }
            int eq = pair.indexOf('=');
            if (eq > 0 && "j_username".equals(decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                String login = decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                String canonical = login.toLowerCase(java.util.Locale.ROOT);
                if (!canonical.equals(login)) {
                    pair = "j_username=" + java.net.URLEncoder.encode(canonical, StandardCharsets.UTF_8);
                    changed = true;
                }
            }
            rewritten.append(pair);
        }
        return changed ? new ReplayableFormRequest((HttpServletRequest) getRequest(),
                rewritten.toString().getBytes(StandardCharsets.ISO_8859_1)) : this;
    }

    private static Map<String, String[]> parse(String query, byte[] body, java.nio.charset.Charset charset) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (String source : new String[] {query, new String(body, StandardCharsets.ISO_8859_1)}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                String[] previous = map.get(name);
                if (previous == null) {
                    map.put(name, new String[] {value});
                } else {
                    String[] values = java.util.Arrays.copyOf(previous, previous.length + 1);
                    values[previous.length] = value;
                    map.put(name, values);
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static String decode(String text, java.nio.charset.Charset charset) {
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters().get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        InputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
}
