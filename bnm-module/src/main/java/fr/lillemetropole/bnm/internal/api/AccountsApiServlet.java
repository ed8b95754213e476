package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.flash.FlashWriter;

/**
 * Tenants and accounts API, base {@value #BASE} (a contract: external tests call it so).
 * <pre>
 * GET  /me                      any account
 * GET  /tenants                 the tenants the caller can read
 * POST /tenants                 MEL admin
 * GET  /tenants/{slug}          404 when not readable
 * POST /tenants/{slug}/users    MEL admin
 * POST /tenants/{slug}/members  MEL admin  {login, role}: an existing account in one more tenant
 * POST /tenants/{slug}/status   MEL admin  {status: active|archived}
 * POST /me/password             any portal account  {currentPassword, password}: ends its sessions
 * POST /me/profile              any portal account  {displayName, email}
 * POST /staff                   MEL admin
 * GET  /users                   MEL admin
 * POST /users/{login}/password  MEL admin  {password}
 * POST /users/{login}/disable   MEL admin  {reason}
 * POST /users/{login}/enable    MEL admin
 * </pre>
 * Anonymous callers never get here (authentication is required on /bnm/api).
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.resourceTypes=" + ApiResourceProvider.RESOURCE_TYPE,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=POST",
        "sling.servlet.methods=PUT"
})
public class AccountsApiServlet extends SlingAllMethodsServlet {

    public static final String BASE = ApiResourceProvider.ROOT;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AccountsApiServlet.class);
    private static final String REDIRECT = ":redirect";
    private static final String ERROR_REDIRECT = ":errorRedirect";
    private static final String REDIRECT_ROOT = "/content/bnm/";

    @Reference
    private transient Accounts accounts;

    @Reference
    private transient fr.lillemetropole.bnm.api.dossier.Dossiers dossiers;

    @Reference
    private transient FlashWriter flash;

    @Override
    protected void doPut(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        ApiRequest call = new ApiRequest(request);
        handle(call, response, () -> new DossierRoutes(dossiers).put(call));
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        ApiRequest call = new ApiRequest(request);
        handle(call, response, () -> {
            String resource = call.segment(0);
            if ("campaigns".equals(resource)) {
                return new DossierRoutes(dossiers).get(call);
            }
            if ("me".equals(resource) && call.segments.size() == 1) {
                return ok(accounts.me(call.session()));
            }
            if ("tenants".equals(resource) && call.segments.size() == 1) {
                return ok(accounts.tenants(call.session()));
            }
            if ("tenants".equals(resource) && call.segments.size() == 2) {
                return ok(accounts.tenant(call.session(), call.segment(1)));
            }
            if ("users".equals(resource) && call.segments.size() == 1) {
                return ok(accounts.accounts(call.session()));
            }
            throw new NotFoundException("Adresse inconnue dans l'API.");
        });
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        ApiRequest call = new ApiRequest(request);
        handle(call, response, () -> {
            String resource = call.segment(0);
            int size = call.segments.size();
            if ("campaigns".equals(resource)) {
                return new DossierRoutes(dossiers).post(call);
            }
            if ("me".equals(resource) && size == 2 && "password".equals(call.segment(1))) {
                OwnPassword change = call.body(OwnPassword.class);
                accounts.changeOwnPassword(call.session(), change.currentPassword(), change.password());
                return new Outcome(200, Map.of("login", call.session().getUserID()),
                        "Votre mot de passe a été changé : reconnectez-vous avec le nouveau.");
            }
            if ("me".equals(resource) && size == 2 && "profile".equals(call.segment(1))) {
                OwnProfile profile = call.body(OwnProfile.class);
                return new Outcome(200, accounts.updateOwnProfile(call.session(), profile.displayName(),
                        profile.email()), "Votre profil a été enregistré.");
            }
            if ("tenants".equals(resource) && size == 1) {
                return created(accounts.createTenant(call.session(), call.body(NewTenant.class)),
                        "La commune ou le réseau a été créé.");
            }
            if ("tenants".equals(resource) && size == 3 && "users".equals(call.segment(2))) {
                return created(accounts.createTenantAccount(call.session(), call.segment(1),
                        call.body(NewAccount.class)), "Le compte a été créé.");
            }
            if ("tenants".equals(resource) && size == 3 && "members".equals(call.segment(2))) {
                Member member = call.body(Member.class);
                return new Outcome(200, accounts.addTenantMember(call.session(), call.segment(1), member.login(),
                        member.role()), "Le compte a été ajouté.");
            }
            if ("tenants".equals(resource) && size == 3 && "status".equals(call.segment(2))) {
                TenantStatus status = call.body(TenantStatus.class);
                return new Outcome(200, accounts.setTenantStatus(call.session(), call.segment(1), status.status()),
                        "Le statut de l'espace a été changé.");
            }
            if ("staff".equals(resource) && size == 1) {
                return created(accounts.createStaffAccount(call.session(), call.body(NewAccount.class)),
                        "Le compte a été créé.");
            }
            if ("users".equals(resource) && size == 3) {
                return userAction(call, call.segment(1), call.segment(2));
            }
            throw new NotFoundException("Adresse inconnue dans l'API.");
        });
    }

    private Outcome userAction(ApiRequest call, String login, String action) throws Exception {
        switch (action) {
            case "password" -> {
                accounts.resetPassword(call.session(), login, call.body(PasswordChange.class).password());
                return new Outcome(200, Map.of("login", login), "Le mot de passe a été changé.");
            }
            case "disable" -> {
                Reason reason = call.isForm() || call.request.getContentLength() > 0 ? call.body(Reason.class) : null;
                String text = reason == null || reason.reason() == null || reason.reason().isBlank()
                        ? "Désactivé par " + call.session().getUserID() : reason.reason();
                accounts.setDisabled(call.session(), login, text);
                return new Outcome(200, Map.of("login", login, "disabled", true), "Le compte a été désactivé.");
            }
            case "enable" -> {
                accounts.setDisabled(call.session(), login, null);
                return new Outcome(200, Map.of("login", login, "disabled", false), "Le compte a été réactivé.");
            }
            default -> throw new NotFoundException("Adresse inconnue dans l'API.");
        }
    }

    /** Body of POST /users/{login}/password. */
    public record PasswordChange(String password) {
    }

    /** Body of POST /me/password. */
    public record OwnPassword(String currentPassword, String password) {
    }

    /** Body of POST /me/profile. */
    public record OwnProfile(String displayName, String email) {
    }

    /** Body of POST /tenants/{slug}/status. */
    public record TenantStatus(String status) {
    }

    /** Body of POST /tenants/{slug}/members. */
    public record Member(String login, String role) {
    }

    /** Body of POST /users/{login}/disable. */
    public record Reason(String reason) {
    }

    /** What a route answers: status, JSON body, confirmation for HTML forms, and the dossier's ETag if any. */
    record Outcome(int status, Object body, String message, String etag) {
        Outcome(int status, Object body, String message) {
            this(status, body, message, null);
        }
    }

    @FunctionalInterface
    interface Action {
        Outcome run() throws Exception;
    }

    private static Outcome ok(Object body) {
        return new Outcome(200, body, null);
    }

    private static Outcome created(Object body, String message) {
        return new Outcome(201, body, message);
    }

    private void handle(ApiRequest call, HttpServletResponse response, Action action) throws IOException {
        String redirect = call.request.getParameter(REDIRECT);
        boolean form = call.isForm() && isPortalPage(redirect);
        String onError = call.request.getParameter(ERROR_REDIRECT);
        String errorRedirect = isPortalPage(onError) ? onError : redirect;
        try {
            Outcome outcome = action.run();
            if (outcome.etag() != null) {
                response.setHeader("ETag", outcome.etag());
            }
            if (outcome.body() instanceof DossierRoutes.PdfBody pdf) {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.filename() + "\"");
                response.setContentLength(pdf.bytes().length);
                response.getOutputStream().write(pdf.bytes());
            } else if (form) {
                flash.ok(response, outcome.message());
                response.sendRedirect(redirect);
            } else {
                ApiResponses.json(response, outcome.status(), outcome.body());
            }
        } catch (fr.lillemetropole.bnm.api.dossier.PreconditionException e) {
            if (e.getCurrentEtag() != null) {
                response.setHeader("ETag", e.getCurrentEtag());
            }
            answer(response, form, errorRedirect, e.getStatus(), e.getMessage(), List.of());
        } catch (fr.lillemetropole.bnm.api.dossier.IncompleteException e) {
            answer(response, form, errorRedirect, 422, e.getMessage(), e.getErrors());
        } catch (InvalidRequestException e) {
            answer(response, form, errorRedirect, e.getStatus(), e.getTitle(), e.getErrors());
        } catch (ConflictException e) {
            answer(response, form, errorRedirect, 409, e.getPointer().isEmpty() ? e.getMessage() : "Conflit",
                    e.getPointer().isEmpty() ? List.of() : List.of(FieldError.schema(e.getPointer(), e.getMessage())));
        } catch (ForbiddenException e) {
            answer(response, form, errorRedirect, 403, e.getMessage(), List.of());
        } catch (NotFoundException e) {
            answer(response, form, errorRedirect, 404, e.getMessage(), List.of());
        } catch (javax.jcr.AccessDeniedException e) {
            LOG.info("API call {} {} denied to {}: {}", call.request.getMethod(), call.request.getRequestURI(),
                    call.request.getRemoteUser(), e.getMessage());
            LOG.debug("Denied", e);
            answer(response, form, errorRedirect, 403, "Action non autorisée pour ce compte.", List.of());
        } catch (RepositoryException e) {
            LOG.error("API call {} failed", call.request.getRequestURI(), e);
            answer(response, form, errorRedirect, 500, "Erreur interne : l'opération n'a pas été enregistrée.", List.of());
        } catch (Exception e) {
            LOG.error("API call {} failed", call.request.getRequestURI(), e);
            answer(response, form, errorRedirect, 500, "Erreur interne : l'opération n'a pas été enregistrée.", List.of());
        }
    }

    /** Form posts come back only to a page of the portal (no open redirect). */
    private static boolean isPortalPage(String path) {
        return path != null && path.startsWith(REDIRECT_ROOT) && !path.contains("//") && !path.contains("\\")
                && !path.contains("..");
    }

    private void answer(HttpServletResponse response, boolean form, String redirect, int status, String title,
            List<FieldError> errors) throws IOException {
        if (form) {
            String message = errors.isEmpty() ? title : errors.stream().map(FieldError::message)
                    .reduce((a, b) -> a + " " + b).orElse(title);
            flash.error(response, message);
            response.sendRedirect(redirect);
        } else {
            ApiResponses.problem(response, status, title, errors);
        }
    }
}
