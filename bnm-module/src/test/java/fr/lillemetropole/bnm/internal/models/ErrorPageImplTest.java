package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.api.ApiResponses;
import fr.lillemetropole.bnm.models.ErrorPage;

@ExtendWith(SlingContextExtension.class)
class ErrorPageImplTest {

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(ErrorPageImpl.class);
        fr.lillemetropole.bnm.testing.Dictionary.serveIn(context);
    }

    @Test
    void aMissingPageIsA404InFrenchWithoutReference() {
        ErrorPage page = error("/content/bnm/nulle-part.html", 404, null, "text/html");
        assertEquals(404, context.response().getStatus());
        assertTrue(page.isHtml());
        assertEquals("text/html;charset=UTF-8", context.response().getContentType());
        assertEquals("bnm.error.404.title", page.getTitleKey());
        assertEquals("bnm.error.404.text", page.getTextKey());
        assertNull(page.getReference());
        assertEquals("/content/bnm/connexion.html?resource=%2Fcontent%2Fbnm%2Fnulle-part.html", page.getLoginUrl());
    }

    @Test
    void anUncaughtExceptionIsA500WithAReferenceAndNothingOfTheException() {
        ErrorPage page = error("/content/bnm/panne.html", null, new IllegalStateException("secret detail"), "text/html");
        assertEquals(500, context.response().getStatus());
        assertTrue(page.getReference().matches("BNM-[0-9A-F]{8}"), page.getReference());
        assertEquals("bnm.error.500.title", page.getTitleKey());
        ErrorPage again = context.request().adaptTo(ErrorPage.class);
        assertEquals(page.getReference(), again.getReference(), "one reference per request");
        assertFalse(context.response().getOutputAsString().contains("secret detail"));
    }

    @Test
    void unusualStatusesReadAsTheirFamily() {
        assertEquals("bnm.error.400.title", error("/content/bnm.html", 409, null, "text/html").getTitleKey());
        assertEquals(409, context.response().getStatus());
    }

    @Test
    void apiCallsKeepTheirProblemJson() throws Exception {
        ErrorPage page = error("/bnm/api/v1/me", 405, null, "*/*");
        assertFalse(page.isHtml(), "the view writes nothing more");
        assertEquals(405, context.response().getStatus());
        assertTrue(context.response().getContentType().startsWith(ApiResponses.PROBLEM));
        JsonNode problem = ApiResponses.JSON.readTree(context.response().getOutputAsString());
        assertEquals(405, problem.get("status").asInt());
        assertEquals("Action impossible sur cette page", problem.get("title").asText());
        assertTrue(problem.get("errors").isArray());
    }

    @Test
    void aServerErrorOfTheApiGivesItsReferenceInTheProblem() throws Exception {
        ErrorPage page = error("/bnm/api/v1/campaigns/x/dossiers/y", 500, new RuntimeException("boom"), "application/json");
        JsonNode problem = ApiResponses.JSON.readTree(context.response().getOutputAsString());
        assertEquals("Erreur du portail (référence " + page.getReference() + ")", problem.get("title").asText());
        assertFalse(problem.toString().contains("boom"));
    }

    private ErrorPage error(String uri, Integer status, Throwable exception, String accept) {
        MockSlingHttpServletRequest request = context.request();
        request.setPathInfo(uri);
        request.setHeader("Accept", accept);
        if (status != null) {
            request.setAttribute(ErrorPageImpl.STATUS, status);
        }
        if (exception != null) {
            request.setAttribute(ErrorPageImpl.EXCEPTION, exception);
        }
        return request.adaptTo(ErrorPage.class);
    }
}
