package fr.lillemetropole.bnm.internal.models;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

import javax.annotation.PostConstruct;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.api.ApiResponses;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.ErrorPage;

/**
 * Sling's error handler script (/apps/sling/servlet/errorhandler/default.html) adapts the request
 * to this model: it sets the status, logs server errors with a reference shown to the visitor, and
 * answers API calls in application/problem+json. Nothing of the exception reaches the page.
 */
@Model(adaptables = SlingHttpServletRequest.class, adapters = ErrorPage.class)
public class ErrorPageImpl implements ErrorPage {

    static final String STATUS = "javax.servlet.error.status_code";
    static final String EXCEPTION = "javax.servlet.error.exception";
    static final String REFERENCE = ErrorPageImpl.class.getName() + ".reference";
    static final String ANSWERED = ErrorPageImpl.class.getName() + ".answered";
    static final String API = "/bnm/api/";
    /** Statuses with their own title and text; any other 4xx reads as 400, any 5xx as 500. */
    static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 413, 500);
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @SlingObject
    private SlingHttpServletResponse response;

    private int status;
    private String reference;
    private boolean api;

    @PostConstruct
    void init() throws IOException {
        status = status(request);
        reference = status >= 500 ? reference() : null;
        api = wantsJson(request);
        if (response == null || response.isCommitted() || request.getAttribute(ANSWERED) != null) {
            return;
        }
        request.setAttribute(ANSWERED, Boolean.TRUE);
        response.setStatus(status);
        if (api) {
            ResourceBundle labels = Texts.french(request);
            String title = reference == null ? Texts.get(labels, getTitleKey())
                    : Texts.format(labels, "bnm.error.api.reference", Texts.get(labels, getTitleKey()), reference);
            ApiResponses.problem(response, status, title);
        } else {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static int status(SlingHttpServletRequest request) {
        Object status = request.getAttribute(STATUS);
        if (status instanceof Integer code && code >= 400 && code <= 599) {
            return code;
        }
        return 500;
    }

    /** One reference per request, logged once with what went wrong. */
    private String reference() {
        Object known = request.getAttribute(REFERENCE);
        if (known instanceof String text) {
            return text;
        }
        String id = "BNM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        request.setAttribute(REFERENCE, id);
        Object cause = request.getAttribute(EXCEPTION);
        LOG.error("Server error {} (reference {}) on {} {}", status, id, request.getMethod(), request.getRequestURI(),
                cause instanceof Throwable throwable ? throwable : null);
        return id;
    }

    static boolean wantsJson(SlingHttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        return uri.startsWith(API) || accept.contains("json") && !accept.contains("text/html");
    }

    private String wording() {
        if (WORDED.contains(status)) {
            return Integer.toString(status);
        }
        return status < 500 ? "400" : "500";
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public boolean isHtml() {
        return !api;
    }

    @Override
    public String getTitleKey() {
        return "bnm.error." + wording() + ".title";
    }

    @Override
    public String getTextKey() {
        return "bnm.error." + wording() + ".text";
    }

    @Override
    public String getReference() {
        return reference;
    }

    @Override
    public boolean isLoginSuggested() {
        String user = request.getRemoteUser();
        return (status == 401 || status == 403 || status == 404) && (user == null || "anonymous".equals(user));
    }

    @Override
    public String getLoginUrl() {
        String back = request.getRequestURI() == null ? "/content/bnm.html" : request.getRequestURI();
        return PageImpl.LOGIN_PAGE + "?resource=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
