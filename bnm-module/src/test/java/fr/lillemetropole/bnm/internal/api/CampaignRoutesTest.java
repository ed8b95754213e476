package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.sling.servlethelpers.MockSlingHttpServletResponse;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.api.campaign.Reminder;
import fr.lillemetropole.bnm.api.dossier.Dossiers;

/** The campaign routes through the API servlet: JSON, the admin page's forms, the reminders' CSV file. */
@ExtendWith(SlingContextExtension.class)
class CampaignRoutesTest {

    private static final Campaign AMI = new Campaign("ami-bnm-2023", "AMI 2023", 2023, "open", "Ouverte",
            "2023-06-01T09:00:00+02:00", null, 1);

    private final SlingContext context = new SlingContext();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> answers = new HashMap<>();
    private AccountsApiServlet servlet;

    @BeforeEach
    void registerTheServletOnFakeServices() {
        context.registerService(Accounts.class, fake(Accounts.class));
        context.registerService(Dossiers.class, fake(Dossiers.class));
        context.registerService(Campaigns.class, fake(Campaigns.class));
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
        context.registerService(fr.lillemetropole.bnm.api.instruction.Instruction.class,
                (fr.lillemetropole.bnm.api.instruction.Instruction) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {fr.lillemetropole.bnm.api.instruction.Instruction.class},
                        (proxy, method, args) -> "hashCode".equals(method.getName()) ? 1
                                : "equals".equals(method.getName()) ? proxy == args[0] : null));
        context.registerService(fr.lillemetropole.bnm.internal.mail.Notifier.class,
                (fr.lillemetropole.bnm.internal.mail.Notifier) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {fr.lillemetropole.bnm.internal.mail.Notifier.class},
                        (proxy, method, args) -> "hashCode".equals(method.getName()) ? 1
                                : "equals".equals(method.getName()) ? proxy == args[0] : null));
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

    private MockSlingHttpServletResponse call(String method, String path, String json, Map<String, Object> form)
            throws Exception {
        context.request().setMethod(method);
        context.request().setPathInfo("/bnm/api/v1" + path);
        if (json != null) {
            context.request().setContentType("application/json");
            context.request().setContent(json.getBytes(StandardCharsets.UTF_8));
        }
        if (form != null) {
            context.request().setContentType("application/x-www-form-urlencoded");
            context.request().setParameterMap(form);
        }
        servlet.service(context.request(), context.response());
        return context.response();
    }

    @Test
    void aCampaignIsCreatedFromJson() throws Exception {
        answers.put("create", AMI);
        MockSlingHttpServletResponse response = call("POST", "/campaigns", "{\"id\":\"ami-bnm-2023\",\"title\":"
                + "\"AMI 2023\",\"status\":\"open\",\"opensAt\":\"2023-06-01T09:00\"}", null);
        assertEquals(201, response.getStatus(), response.getOutputAsString());
        JSONAssert.assertEquals("{\"id\":\"ami-bnm-2023\",\"title\":\"AMI 2023\",\"year\":2023,\"status\":\"open\","
                + "\"statusLabel\":\"Ouverte\",\"opensAt\":\"2023-06-01T09:00:00+02:00\",\"closesAt\":null,"
                + "\"schemaVersion\":1}", response.getOutputAsString(), JSONCompareMode.NON_EXTENSIBLE);
        assertEquals(List.of("create[CampaignInput[id=ami-bnm-2023, title=AMI 2023, year=null, status=open, "
                + "opensAt=2023-06-01T09:00, closesAt=null]]"), calls);
    }

    @Test
    void theEditFormGoesBackToTheCampaignWithTheConfirmationOrTheErrors() throws Exception {
        String page = "/content/bnm/administration/campagnes.html?c=ami-bnm-2023";
        answers.put("update", AMI);
        MockSlingHttpServletResponse response = call("POST", "/campaigns/ami-bnm-2023", null, Map.of("title", "AMI 2023",
                "status", "closed", "opensAt", "2023-06-01T09:00", "closesAt", "", ":redirect", page));
        assertEquals(302, response.getStatus());
        assertEquals(page, response.getHeader("Location"));
        assertEquals(List.of("update[ami-bnm-2023, CampaignInput[id=null, title=AMI 2023, year=null, status=closed, "
                + "opensAt=2023-06-01T09:00, closesAt=null]]", "flash ok[La campagne a été enregistrée.]"), calls,
                "an empty field is no value");

        calls.clear();
        answers.put("update", new InvalidRequestException(List.of(FieldError.schema("/title", "Le titre de la "
                + "campagne est obligatoire."), FieldError.schema("/closesAt", "La clôture doit venir après l'ouverture."))));
        call("POST", "/campaigns/ami-bnm-2023", null, Map.of("title", "", ":redirect", page));
        assertEquals("flash error[Le titre de la campagne est obligatoire. La clôture doit venir après l'ouverture.]",
                calls.get(1));
    }

    private static final List<Reminder> REMINDERS = List.of(new Reminder("armentieres", "Armentières", "commune",
            "Commune", "none", "Pas encore commencé", "2023-09-30T18:00:00+02:00", 12));

    @Test
    void theRemindersDownloadAsACsvFile() throws Exception {
        answers.put("reminders", REMINDERS);
        MockSlingHttpServletResponse response = call("GET", "/campaigns/ami-bnm-2023/reminders.csv", null, null);
        assertEquals(200, response.getStatus());
        assertEquals("text/csv;charset=UTF-8", response.getContentType().replace(" ", ""));
        assertEquals("attachment; filename=\"relances-ami-bnm-2023.csv\"", response.getHeader("Content-Disposition"));
        String body = new String(response.getOutput(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFFCommune ou réseau;"), body);
        assertTrue(body.contains("\r\nArmentières;armentieres;Commune;Pas encore commencé;30/09/2023 18:00;12\r\n"),
                body);
        assertEquals(List.of("reminders[ami-bnm-2023]"), calls);
    }

    @Test
    void theRemindersAreJsonToo() throws Exception {
        answers.put("reminders", REMINDERS);
        MockSlingHttpServletResponse json = call("GET", "/campaigns/ami-bnm-2023/reminders", null, null);
        JSONAssert.assertEquals("[{\"tenant\":\"armentieres\",\"name\":\"Armentières\",\"kind\":\"commune\","
                + "\"kindLabel\":\"Commune\",\"dossierStatus\":\"none\",\"statusLabel\":\"Pas encore commencé\","
                + "\"deadline\":\"2023-09-30T18:00:00+02:00\",\"daysLeft\":12}]", json.getOutputAsString(),
                JSONCompareMode.NON_EXTENSIBLE);
    }
}
