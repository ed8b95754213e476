package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.sling.servlethelpers.MockSlingHttpServletRequest;
import org.apache.sling.servlethelpers.MockSlingHttpServletResponse;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.SaveResult;

/**
 * The API servlet end to end on mock requests: the route table picks the handler with its variables,
 * errors come back as problem+json (404, 405 with Allow, 412 with ETag, 500 that tells nothing),
 * and HTML forms go back to their portal page.
 */
@ExtendWith(SlingContextExtension.class)
class ApiServletTest {

    private final SlingContext context = new SlingContext();
    /** Calls the services received, "method[arguments but the session]". */
    private final List<String> calls = new ArrayList<>();
    /** What a service method answers, by name: a value, or an exception to throw. */
    private final Map<String, Object> answers = new HashMap<>();
    private AccountsApiServlet servlet;

    @BeforeEach
    void registerTheServletOnFakeServices() {
        context.registerService(Accounts.class, fake(Accounts.class));
        context.registerService(Dossiers.class, fake(Dossiers.class));
        context.registerService(fr.lillemetropole.bnm.api.instruction.Instruction.class,
                fake(fr.lillemetropole.bnm.api.instruction.Instruction.class));
        context.registerService(fr.lillemetropole.bnm.internal.mail.Notifier.class,
                fake(fr.lillemetropole.bnm.internal.mail.Notifier.class));
        context.registerService(fr.lillemetropole.bnm.api.campaign.Campaigns.class,
                fake(fr.lillemetropole.bnm.api.campaign.Campaigns.class));
        context.registerService(fr.lillemetropole.bnm.internal.flash.FlashWriter.class,
                new fr.lillemetropole.bnm.internal.flash.FlashWriter() {
                    @Override
                    public void ok(javax.servlet.http.HttpServletResponse response, String text) {
                        calls.add("flash ok[" + text + "]");
                    }

                    @Override
                    public void error(javax.servlet.http.HttpServletResponse response, String text) {
                        calls.add("flash error[" + text + "]");
                    }
                });
        ApiServletServices.complete(context);
        servlet = context.registerInjectActivateService(new AccountsApiServlet());
    }

    private <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return "equals".equals(method.getName()) ? proxy == args[0]
                        : "hashCode".equals(method.getName()) ? System.identityHashCode(proxy) : type.getSimpleName();
            }
            calls.add(method.getName() + Arrays.toString(Arrays.copyOfRange(args, 1, args.length)));
            Object answer = answers.get(method.getName());
            if (answer instanceof Exception e) {
                throw e;
            }
            return answer;
        }));
    }

    private MockSlingHttpServletResponse call(String method, String path, String json) throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setMethod(method);
        request.setPathInfo("/bnm/api/v1" + path);
        if (json != null) {
            request.setContentType("application/json");
            request.setContent(json.getBytes(StandardCharsets.UTF_8));
        }
        servlet.service(request, context.response());
        return context.response();
    }

    private MockSlingHttpServletResponse form(String path, Map<String, Object> fields) throws Exception {
        context.request().setContentType("application/x-www-form-urlencoded");
        context.request().setParameterMap(fields);
        return call("POST", path, null);
    }

    private static void assertProblem(MockSlingHttpServletResponse response, int status, String title) throws Exception {
        assertEquals(status, response.getStatus());
        assertTrue(response.getContentType().startsWith("application/problem+json"), response.getContentType());
        JSONAssert.assertEquals("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"errors\":[]}", response.getOutputAsString(), JSONCompareMode.NON_EXTENSIBLE);
    }

    @Test
    void aRouteAnswersItsServicesJson() throws Exception {
        answers.put("me", new Me("agent.lille", "Agent Lille", List.of("agent"), List.of("lille")));
        MockSlingHttpServletResponse response = call("GET", "/me", null);
        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeader("Cache-Control"));
        JSONAssert.assertEquals("{\"login\":\"agent.lille\",\"displayName\":\"Agent Lille\",\"roles\":[\"agent\"],"
                + "\"tenants\":[\"lille\"]}", response.getOutputAsString(), JSONCompareMode.NON_EXTENSIBLE);
    }

    @Test
    void theHandlerGetsThePathVariablesAndTheBody() throws Exception {
        MockSlingHttpServletResponse response = call("POST", "/users/jean.dupont/disable", "{\"reason\":\"Départ\"}");
        assertEquals(200, response.getStatus(), response.getOutputAsString());
        assertEquals(List.of("setDisabled[jean.dupont, Départ]"), calls);
        JSONAssert.assertEquals("{\"login\":\"jean.dupont\",\"disabled\":true}", response.getOutputAsString(),
                JSONCompareMode.NON_EXTENSIBLE);
    }

    @Test
    void anUnknownPathIs404ProblemJson() throws Exception {
        assertProblem(call("GET", "/nulle-part", null), 404, "Adresse inconnue dans l'API.");
        assertTrue(calls.isEmpty());
    }

    @Test
    void aClimbingVariableReachesNoService() throws Exception {
        assertProblem(call("POST", "/users/../disable", "{}"), 404, "Adresse inconnue dans l'API.");
        assertTrue(calls.isEmpty());
    }

    @Test
    void anotherMethodOnAKnownPathIs405WithAllow() throws Exception {
        MockSlingHttpServletResponse response = call("DELETE", "/me", null);
        assertProblem(response, 405, "Action impossible sur cette adresse de l'API.");
        assertEquals("GET, HEAD", response.getHeader("Allow"));
        assertTrue(calls.isEmpty());
    }

    @Test
    void theServicesRefusalIsItsStatusAndMessage() throws Exception {
        answers.put("tenant", new NotFoundException("Aucune commune ni aucun réseau « lille »."));
        assertProblem(call("GET", "/tenants/lille", null), 404, "Aucune commune ni aucun réseau « lille ».");
        assertEquals(List.of("tenant[lille]"), calls);
    }

    @Test
    void aStaleSaveIs412WithTheCurrentEtag() throws Exception {
        answers.put("save", new PreconditionException(412, "\"r8\"", "Le dossier a changé depuis votre lecture."));
        MockSlingHttpServletResponse response = call("PUT", "/campaigns/ami-bnm-2022/dossiers/lille", "{}");
        assertProblem(response, 412, "Le dossier a changé depuis votre lecture.");
        assertEquals("\"r8\"", response.getHeader("ETag"));
    }

    @Test
    void aSavedDraftCarriesItsEtag() throws Exception {
        answers.put("save", new SaveResult("\"r9\"", "draft", Map.of()));
        MockSlingHttpServletResponse response = call("PUT", "/campaigns/ami-bnm-2022/dossiers/lille", "{}");
        assertEquals(200, response.getStatus(), response.getOutputAsString());
        assertEquals("\"r9\"", response.getHeader("ETag"));
        assertEquals(List.of("save[ami-bnm-2022, lille, {}, null]"), calls);
    }

    @Test
    void anUnexpectedFailureIs500AndTellsNothingOfIt() throws Exception {
        answers.put("accounts", new javax.jcr.RepositoryException("OakMerge0001 on /var/bnm/users"));
        MockSlingHttpServletResponse response = call("GET", "/users", null);
        assertProblem(response, 500, "Erreur interne : l'opération n'a pas été enregistrée.");
        assertFalse(response.getOutputAsString().contains("Oak"));
    }

    @Test
    void aFormGoesBackToItsPageWithTheConfirmation() throws Exception {
        MockSlingHttpServletResponse response = form("/tenants/lille/status",
                Map.of("status", "archived", ":redirect", "/content/bnm/admin.html"));
        assertEquals(302, response.getStatus());
        assertEquals("/content/bnm/admin.html", response.getHeader("Location"), "no message in the URL");
        assertEquals(List.of("setTenantStatus[lille, archived]", "flash ok[Le statut de l'espace a été changé.]"),
                calls);
    }

    @Test
    void aRefusedFormGoesBackToItsErrorPageWithTheMessage() throws Exception {
        answers.put("setTenantStatus", new ForbiddenException("Réservé aux administrateurs de la MEL."));
        MockSlingHttpServletResponse response = form("/tenants/lille/status", Map.of("status", "archived",
                ":redirect", "/content/bnm/admin.html", ":errorRedirect", "/content/bnm/admin/erreur.html"));
        assertEquals(302, response.getStatus());
        assertEquals("/content/bnm/admin/erreur.html", response.getHeader("Location"));
        assertTrue(calls.contains("flash error[Réservé aux administrateurs de la MEL.]"), calls.toString());
    }

    private static final fr.lillemetropole.bnm.api.account.ImportReport REPORT =
            new fr.lillemetropole.bnm.api.account.ImportReport(List.of("lille"), List.of(
                    new fr.lillemetropole.bnm.api.account.ImportReport.InvitedAccount("lille", "agent.lille",
                            "Agent Lille", "agent@lille.fr", "agent", "/content/bnm/invitation.html?jeton=abc")));

    @Test
    void aCsvBodyIsImportedAndTheReportAnswered() throws Exception {
        answers.put("importTenants", REPORT);
        context.request().setContentType("text/csv");
        context.request().setContent("nom;type\n".getBytes(StandardCharsets.UTF_8));
        MockSlingHttpServletResponse response = call("POST", "/tenants/import", null);
        assertEquals(201, response.getStatus(), response.getOutputAsString());
        assertTrue(calls.get(0).startsWith("importTenants["), calls.toString());
        JSONAssert.assertEquals("{\"tenants\":[\"lille\"],\"accounts\":[{\"login\":\"agent.lille\","
                + "\"invitation\":\"/content/bnm/invitation.html?jeton=abc\"}]}", response.getOutputAsString(),
                JSONCompareMode.LENIENT);
    }

    @Test
    void theAdminPagesFileGivesBackTheInvitationLinksAsASpreadsheet() throws Exception {
        answers.put("importTenants", REPORT);
        context.request().setContentType("multipart/form-data; boundary=x");
        context.request().addRequestParameter("fichier", "nom;type\n".getBytes(StandardCharsets.UTF_8), "text/csv",
                "communes.csv");
        context.request().addRequestParameter(":redirect", "/content/bnm/administration.html");
        context.request().setHeader("Host", "portail.example");
        MockSlingHttpServletResponse response = call("POST", "/tenants/import", null);
        assertEquals(200, response.getStatus(), response.getOutputAsString());
        assertTrue(response.getContentType().startsWith("text/csv"), response.getContentType());
        assertEquals("attachment; filename=\"invitations.csv\"", response.getHeader("Content-Disposition"));
        assertTrue(response.getOutputAsString().contains(
                "lille;agent.lille;Agent Lille;agent@lille.fr;agent;http://portail.example/content/bnm/invitation.html"
                + "?jeton=abc"), response.getOutputAsString());
    }

    @Test
    void aRefusedImportGoesBackToTheAdminPageSayingNothingWasCreated() throws Exception {
        answers.put("importTenants", new fr.lillemetropole.bnm.api.InvalidRequestException(List.of(
                fr.lillemetropole.bnm.api.FieldError.schema("/lines/7/nom", "Ligne 7, colonne « nom » : vide."),
                fr.lillemetropole.bnm.api.FieldError.schema("/lines/9/nom", "Ligne 9, colonne « nom » : vide."))));
        context.request().setContentType("multipart/form-data; boundary=x");
        context.request().addRequestParameter("fichier", "nom;type\n".getBytes(StandardCharsets.UTF_8), "text/csv",
                "communes.csv");
        context.request().addRequestParameter(":redirect", "/content/bnm/administration.html");
        MockSlingHttpServletResponse response = call("POST", "/tenants/import", null);
        assertEquals(302, response.getStatus());
        assertEquals("/content/bnm/administration.html", response.getHeader("Location"));
        assertTrue(calls.contains("flash error[Import refusé, rien n'a été créé (2 erreurs) : Ligne 7, colonne "
                + "« nom » : vide. Ligne 9, colonne « nom » : vide.]"), calls.toString());
    }

    @Test
    void anImportWithoutAFileOrInJsonIsRefusedBeforeTheService() throws Exception {
        context.request().setContentType("multipart/form-data; boundary=x");
        context.request().setParameterMap(Map.of(":redirect", "/content/bnm/administration.html"));
        call("POST", "/tenants/import", null);
        assertEquals(List.of("flash error[Choisissez le fichier CSV des communes à importer.]"), calls);
        calls.clear();
        context.request().setParameterMap(Map.of());
        assertEquals(415, call("POST", "/tenants/import", "{}").getStatus());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void theInvitationFormSetsThePasswordAndSendsToTheLoginPage() throws Exception {
        answers.put("acceptInvitation", "agent.lille");
        MockSlingHttpServletResponse response = form("/invitations/abc", Map.of("password", "un mot de passe sûr",
                ":redirect", "/content/bnm/connexion.html", ":errorRedirect", "/content/bnm/invitation.html?jeton=abc"));
        assertEquals(302, response.getStatus());
        assertEquals("/content/bnm/connexion.html", response.getHeader("Location"));
        assertEquals(List.of("acceptInvitation[un mot de passe sûr]", "flash ok[Votre mot de passe est enregistré : "
                + "connectez-vous avec l'identifiant « agent.lille ».]"), calls);
    }
}
