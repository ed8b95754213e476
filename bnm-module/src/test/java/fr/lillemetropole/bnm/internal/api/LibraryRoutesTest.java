package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

/** The directory's open data through the API servlet: its date, 304 to a current copy, the CSV attachment. */
@ExtendWith(SlingContextExtension.class)
class LibraryRoutesTest {

    private final SlingContext context = BnmContext.create();
    private AccountsApiServlet servlet;

    @BeforeEach
    void registerTheServlet() {
        for (Class<?> type : new Class<?>[] {fr.lillemetropole.bnm.api.account.Accounts.class,
                fr.lillemetropole.bnm.api.dossier.Dossiers.class, fr.lillemetropole.bnm.api.campaign.Campaigns.class,
                fr.lillemetropole.bnm.api.instruction.Instruction.class, fr.lillemetropole.bnm.internal.mail.Notifier.class}) {
            register(type);
        }
        context.registerService(fr.lillemetropole.bnm.internal.flash.FlashWriter.class,
                new fr.lillemetropole.bnm.internal.flash.FlashWriter() {
                    @Override
                    public void ok(javax.servlet.http.HttpServletResponse response, String text) {
                        // no form here
                    }

                    @Override
                    public void error(javax.servlet.http.HttpServletResponse response, String text) {
                        // no form here
                    }
                });
        ApiServletServices.complete(context);
        servlet = context.registerInjectActivateService(new AccountsApiServlet());
    }

    private <T> void register(Class<T> type) {
        context.registerService(type, type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> "hashCode".equals(method.getName()) ? 1
                        : "equals".equals(method.getName()) ? proxy == args[0] : null)));
    }

    private MockSlingHttpServletResponse call(String method, String path, String json) throws Exception {
        context.request().setMethod(method);
        context.request().setPathInfo("/bnm/api/v1" + path);
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.service(context.request(), response);
        return response;
    }

    @Test
    void theDirectoryIsAnsweredWithItsDateAndNotAgainToACurrentCopy() throws Exception {
        MockSlingHttpServletResponse first = call("GET", "/libraries", null);
        assertEquals(200, first.getStatus());
        assertTrue(first.getOutputAsString().contains("\"Licence Ouverte 2.0\""), first.getOutputAsString());
        String etag = first.getHeader("ETag");
        assertTrue(etag.startsWith("\"bnm-libraries-") && etag.endsWith("-json\""), etag);
        assertTrue(first.getHeader("Last-Modified") != null);

        context.request().setHeader("If-None-Match", etag);
        MockSlingHttpServletResponse again = call("GET", "/libraries", null);
        assertEquals(304, again.getStatus());
        assertEquals("", again.getOutputAsString());
    }

    @Test
    void theDirectoryCsvIsASpreadsheetAttachment() throws Exception {
        MockSlingHttpServletResponse csv = call("GET", "/libraries.csv", null);
        assertEquals(200, csv.getStatus());
        assertTrue(csv.getContentType().startsWith("text/csv"), csv.getContentType());
        assertTrue(csv.getHeader("Content-Disposition").contains("bibliotheques-partenaires-bnm.csv"));
        assertTrue(csv.getOutputAsString().contains("Identifiant;Nom;Commune"));
        context.request().setHeader("If-Modified-Since", csv.getHeader("Last-Modified"));
        assertEquals(304, call("GET", "/libraries.csv", null).getStatus());
    }
}
