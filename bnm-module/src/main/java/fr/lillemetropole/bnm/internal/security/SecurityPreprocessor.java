package fr.lillemetropole.bnm.internal.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import fr.lillemetropole.bnm.internal.api.ApiResponses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before authentication on every request:
 * <ul>
 * <li>CSRF: a state-changing request that carries the session cookie must come from the portal's
 * own origin (Origin, else Referer), whatever other header it carries; one that names a foreign
 * Origin is refused whatever its authentication. API clients with HTTP Basic send no cookie.</li>
 * <li>Sessions: the form-login cookie counts only with an open server-side session
 * ({@link SessionRegistry}); logging out ends it for good.</li>
 * <li>Logins are canonical (lower case), for the form and HTTP Basic alike.</li>
 * <li>Login throttling, per login and per client address, for the login form and HTTP Basic.</li>
 * <li>SameSite=Lax on every cookie, the session cookie included.</li>
 * </ul>
 */
@Component(service = Preprocessor.class, immediate = true)
@Designate(ocd = SecurityPreprocessor.Config.class)
public class SecurityPreprocessor implements Preprocessor {

    static final String LOGIN_CHECK = "/j_security_check";
    static final String SESSION_COOKIE = "sling.formauth";
    static final String LOGIN_PAGE = "/content/bnm/connexion.html";
    static final String SESSION_ID_COOKIE = "bnm.session";
    static final String LOGOUT = "/system/sling/logout";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = LoggerFactory.getLogger(SecurityPreprocessor.class);

    @ObjectClassDefinition(name = "BNM - sécurité des requêtes",
            description = "Contrôle d'origine (CSRF), limitation des tentatives de connexion, cookies SameSite.")
    public @interface Config {
        @AttributeDefinition(name = "Échecs tolérés par identifiant")
        int maxFailuresPerLogin() default 5;

        @AttributeDefinition(name = "Échecs tolérés par adresse IP")
        int maxFailuresPerAddress() default 20;

        @AttributeDefinition(name = "Fenêtre (minutes)")
        int windowMinutes() default 15;

        @AttributeDefinition(name = "Origines admises en plus de celle de la requête",
                description = "Par exemple https://bnm.lillemetropole.fr derrière un proxy.")
        String[] allowedOrigins() default {};
    }

    @org.osgi.service.component.annotations.Reference
    private SessionRegistry sessions;

    private volatile LoginThrottle throttle;

    public SecurityPreprocessor() {
        // OSGi
    }

    SecurityPreprocessor(SessionRegistry sessions) {
        this.sessions = sessions;
    }
    private volatile List<String> allowedOrigins;

    @Activate
    @Modified
    void activate(Config config) {
        throttle = new LoginThrottle(config.maxFailuresPerLogin(), config.maxFailuresPerAddress(),
                config.windowMinutes() * 60_000L, Clock.systemUTC());
        allowedOrigins = Arrays.asList(config.allowedOrigins());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;

        if (!SAFE_METHODS.contains(request.getMethod()) && !originAllowed(request)) {
            LOG.warn("Refused cross-origin {} {} (Origin {}, Referer {})", request.getMethod(),
                    request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Referer"));
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Requête refusée : elle ne provient pas du portail BNM (protection contre la falsification de requêtes).");
            return;
        }

        boolean formLogin = "POST".equals(request.getMethod()) && request.getRequestURI().endsWith(LOGIN_CHECK);
        if (formLogin) {
            ReplayableFormRequest replayable = ReplayableFormRequest.of(request);
            if (replayable != null) {
                request = replayable.withCanonicalLogin();
            }
        } else {
            request = CanonicalBasicRequest.of(request);
        }
        String login = formLogin ? request.getParameter("j_username") : CanonicalBasicRequest.login(request);
        String address = request.getRemoteAddr();
        if (login != null && throttle.isBlocked(login, address)) {
            long retry = throttle.retryAfterSeconds(login, address);
            response.setHeader("Retry-After", Long.toString(retry));
            if (formLogin) {
                String resource = request.getParameter("resource");
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?j_reason=throttled"
                        + (resource == null ? "" : "&resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8)));
            } else {
                refuse(response, 429, "Trop de tentatives de connexion échouées : réessayez dans quelques minutes.");
            }
            return;
        }

        SameSiteResponse wrapped = new SameSiteResponse(response, SESSION_COOKIE);
        if (!formLogin) {
            request = checkSession(request, wrapped);
        } else if (login != null) {
            boolean secure = request.isSecure();
            String account = login;
            wrapped.withCompanion(() -> {
                Cookie id = new Cookie(SESSION_ID_COOKIE, sessions.open(account));
                id.setPath("/");
                id.setHttpOnly(true);
                id.setSecure(secure);
                return id;
            });
        }
        chain.doFilter(request, wrapped);

        if (login != null) {
            boolean failed = formLogin
                    ? !wrapped.sessionCookieSet() && (wrapped.status() == 401 || wrapped.status() == 403
                            || wrapped.location() != null && wrapped.location().contains("j_reason="))
                    : wrapped.status() == 401;
            if (failed) {
                throttle.failed(login, address);
            } else if (!formLogin || wrapped.sessionCookieSet()) {
                throttle.succeeded(login);
            }
        }
    }

    /**
     * A request with the form-login cookie goes on authenticated only if its server-side session is
     * open and belongs to the cookie's account; otherwise it goes on anonymous and both cookies are
     * dropped. Logging out closes the session.
     */
    HttpServletRequest checkSession(HttpServletRequest request, HttpServletResponse response) {
        String formUser = formAuthUser(request);
        if (formUser == null) {
            return request;
        }
        String id = cookie(request, SESSION_ID_COOKIE);
        if (LOGOUT.equals(request.getRequestURI())) {
            sessions.close(id, formUser);
            expire(response, SESSION_ID_COOKIE);
            return request;
        }
        if (sessions.check(id, formUser)) {
            return request;
        }
        expire(response, SESSION_COOKIE);
        expire(response, SESSION_ID_COOKIE);
        return new CookielessRequest(request, Set.of(SESSION_COOKIE, SESSION_ID_COOKIE));
    }

    /**
     * The account named in Sling's form-login cookie (Base64 of {@code hmac@<token><expiry>@<login>}),
     * "" when unreadable, null without the cookie.
     */
    static String formAuthUser(HttpServletRequest request) {
        String value = cookie(request, SESSION_COOKIE);
        if (value == null) {
            return null;
        }
        String decoded = value.replace("\"", "");
        if (decoded.indexOf('@') < 0) {
            try {
                decoded = new String(Base64.getDecoder().decode(decoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        int at = decoded.lastIndexOf('@');
        return at < 0 || at == decoded.length() - 1 ? "" : decoded.substring(at + 1);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst()
                .orElse(null);
    }

    private static void expire(HttpServletResponse response, String name) {
        Cookie gone = new Cookie(name, "");
        gone.setPath("/");
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        response.addCookie(gone);
    }

    /** Unsafe requests: a foreign Origin is refused; a cookie session needs our own Origin or Referer. */
    boolean originAllowed(HttpServletRequest request) {
        String own = request.getScheme() + "://" + request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin)) {
            return origin.equalsIgnoreCase(own) || allowedOrigins.contains(origin);
        }
        if (cookie(request, SESSION_COOKIE) == null) {
            return true;
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return false;
        }
        try {
            URI uri = URI.create(referer);
            String refererOrigin = uri.getScheme() + "://" + uri.getRawAuthority();
            return refererOrigin.equalsIgnoreCase(own) || allowedOrigins.contains(refererOrigin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        ApiResponses.problem(response, status, message);
    }

    @Override
    public void init(FilterConfig config) {
        // configured through activate
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
