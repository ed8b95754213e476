package fr.lillemetropole.bnm.internal.web;

import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Sets the browser policy headers and sets them again after a reset: Sling resets the response
 * before it renders an error page, which would otherwise drop them from every 404 or 500.
 */
final class PolicyHeadersResponse extends HttpServletResponseWrapper {

    private final Map<String, String> headers;

    PolicyHeadersResponse(HttpServletResponse response, Map<String, String> headers) {
        super(response);
        this.headers = headers;
        apply();
    }

    @Override
    public void reset() {
        super.reset();
        apply();
    }

    /** Sling adds its own nosniff and frame options: one header each, not two. */
    @Override
    public void addHeader(String name, String value) {
        if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    private void apply() {
        if (!isCommitted()) {
            headers.forEach(this::setHeader);
        }
    }
}
