package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.apache.sling.servlethelpers.MockSlingHttpServletRequest;
import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.internal.api.ApiErrors.Problem;

/** Each exception a route throws, and the problem the API answers for it: status, French title, errors, headers. */
class ApiErrorsTest {

    private static final FieldError EMAIL = FieldError.schema("/email", "L'adresse e-mail n'est pas valide.");

    private static Problem problem(Exception e) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(null);
        request.setMethod("POST");
        request.setPathInfo("/bnm/api/v1/tenants");
        return ApiErrors.problem(e, request);
    }

    @Test
    void badInputIs400WithEveryFieldError() {
        assertEquals(new Problem(400, "Requête invalide", List.of(EMAIL)), problem(new InvalidRequestException(EMAIL)));
    }

    @Test
    void aBodyTooLargeOrNotJsonKeepsItsOwnStatusAndTitle() {
        assertEquals(new Problem(413, "Requête trop volumineuse", List.of(EMAIL)),
                problem(new InvalidRequestException(413, EMAIL)));
        assertEquals(new Problem(415, "Format de requête non pris en charge", List.of(EMAIL)),
                problem(new InvalidRequestException(415, EMAIL)));
    }

    @Test
    void forbiddenAndNotFoundCarryTheServicesMessage() {
        assertEquals(new Problem(403, "Réservé aux administrateurs de la MEL."),
                problem(new ForbiddenException("Réservé aux administrateurs de la MEL.")));
        assertEquals(new Problem(404, "Aucune commune ni aucun réseau « lille »."),
                problem(new NotFoundException("Aucune commune ni aucun réseau « lille ».")));
    }

    @Test
    void anotherMethodIs405WithTheAllowHeader() {
        assertEquals(new Problem(405, "Action impossible sur cette adresse de l'API.", List.of(),
                Map.of("Allow", "GET, HEAD, POST")), problem(new MethodNotAllowedException(List.of("GET", "HEAD", "POST"))));
    }

    @Test
    void aConflictNamesItsFieldWhenItHasOne() {
        assertEquals(new Problem(409, "Le dossier est déposé : il ne peut plus être modifié."),
                problem(new ConflictException("", "Le dossier est déposé : il ne peut plus être modifié.")));
        assertEquals(new Problem(409, "Conflit", List.of(FieldError.schema("/slug", "Cet identifiant existe déjà."))),
                problem(new ConflictException("/slug", "Cet identifiant existe déjà.")));
    }

    @Test
    void aStaleOrMissingIfMatchGivesTheCurrentEtag() {
        assertEquals(new Problem(412, "Le dossier a changé depuis votre lecture.", List.of(), Map.of("ETag", "\"r7\"")),
                problem(new PreconditionException(412, "\"r7\"", "Le dossier a changé depuis votre lecture.")));
        assertEquals(new Problem(428, "En-tête If-Match requis.", List.of(), Map.of()),
                problem(new PreconditionException(428, null, "En-tête If-Match requis.")));
    }

    @Test
    void anIncompleteDossierIs422WithEveryRuleBroken() {
        FieldError rule = new FieldError("R31", "/budget/total", "Le budget total doit être renseigné.");
        assertEquals(new Problem(422, "Le dossier est incomplet.", List.of(rule)),
                problem(new IncompleteException(List.of(rule))));
    }

    @Test
    void theRepositoryRefusingIs403WithoutItsWords() {
        assertEquals(new Problem(403, "Action non autorisée pour ce compte."),
                problem(new javax.jcr.AccessDeniedException("Access denied: /var/bnm/tenants/lille jcr:write")));
    }

    @Test
    void anythingElseIs500InFrenchAndTellsNothingOfTheException() {
        for (Exception e : List.of(new javax.jcr.RepositoryException("OakMerge0001: conflict on /var/bnm"),
                new IllegalStateException("java.lang.NullPointerException at DossiersImpl"), new RuntimeException())) {
            Problem problem = problem(e);
            assertEquals(new Problem(500, "Erreur interne : l'opération n'a pas été enregistrée."), problem);
            assertFalse(problem.title().contains("Oak") || problem.title().contains("java"), problem.title());
        }
    }
}
