package fr.lillemetropole.bnm.internal.api;

import java.util.List;
import java.util.Map;

import javax.jcr.AccessDeniedException;
import javax.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;

/**
 * What the API answers for each exception, in one place: status, French title, field errors and
 * headers of the application/problem+json. Anything unexpected is a 500 whose title says nothing of
 * the exception; the exception goes to the log.
 */
final class ApiErrors {

    static final String INTERNAL = "Erreur interne : l'opération n'a pas été enregistrée.";
    static final String DENIED = "Action non autorisée pour ce compte.";
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** One error answer: status, French title, field errors, and headers to set (ETag, Allow). */
    record Problem(int status, String title, List<FieldError> errors, Map<String, String> headers) {

        Problem(int status, String title, List<FieldError> errors) {
            this(status, title, errors, Map.of());
        }

        Problem(int status, String title) {
            this(status, title, List.of(), Map.of());
        }
    }

    private ApiErrors() {}

    /** The answer to {@code e}, thrown while answering {@code request}. */
    static Problem problem(Exception e, HttpServletRequest request) {
        if (e instanceof InvalidRequestException invalid) {
            return new Problem(invalid.getStatus(), invalid.getTitle(), invalid.getErrors());
        }
        if (e instanceof ForbiddenException) {
            return new Problem(403, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return new Problem(404, e.getMessage());
        }
        if (e instanceof MethodNotAllowedException notAllowed) {
            return new Problem(405, e.getMessage(), List.of(), Map.of("Allow", String.join(", ", notAllowed.getAllowed())));
        }
        if (e instanceof fr.lillemetropole.bnm.api.instruction.TransitionException transition) {
            List<FieldError> errors = new java.util.ArrayList<>();
            errors.add(FieldError.schema("/to", e.getMessage()));
            transition.getAllowed().forEach(code -> errors.add(new FieldError("allowed", "/to", code)));
            return new Problem(409, "Changement de statut impossible", errors);
        }
        if (e instanceof ConflictException conflict) {
            return conflict.getPointer().isEmpty() ? new Problem(409, e.getMessage())
                    : new Problem(409, "Conflit", List.of(FieldError.schema(conflict.getPointer(), e.getMessage())));
        }
        if (e instanceof PreconditionException precondition) {
            return new Problem(precondition.getStatus(), e.getMessage(), List.of(),
                    precondition.getCurrentEtag() == null ? Map.of() : Map.of("ETag", precondition.getCurrentEtag()));
        }
        if (e instanceof IncompleteException incomplete) {
            return new Problem(422, e.getMessage(), incomplete.getErrors());
        }
        if (e instanceof AccessDeniedException) {
            LOG.info("API call {} {} denied to {}: {}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteUser(), e.getMessage());
            LOG.debug("Denied", e);
            return new Problem(403, DENIED);
        }
        LOG.error("API call {} failed", request.getRequestURI(), e);
        return new Problem(500, INTERNAL);
    }
}
