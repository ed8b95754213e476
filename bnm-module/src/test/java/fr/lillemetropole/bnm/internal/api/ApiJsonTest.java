package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.testing.BnmContext;

/** Every JSON the accounts API writes, against its golden file; and how it reads bodies. */
@ExtendWith(SlingContextExtension.class)
class ApiJsonTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void meMatchesItsGoldenFile() throws Exception {
        assertGolden("me.json", new Me("agent.armentieres", "Sandrine V.", List.of("agent"), List.of("armentieres")));
    }

    @Test
    void tenantMatchesItsGoldenFile() throws Exception {
        assertGolden("tenant.json", new Tenant("reseau-lys", "Réseau Lys", "network", List.of("Comines", "Wervicq-Sud"),
                "Comines", "active"));
    }

    @Test
    void accountMatchesItsGoldenFile() throws Exception {
        assertGolden("account.json", new Account("agent.armentieres", "Sandrine V.", "sv@armentieres.fr",
                List.of("agent"), List.of("armentieres"), false));
    }

    /** The receipt keeps the JSON names of the API's first version (filedAt, filedBy). */
    @Test
    void receiptMatchesItsGoldenFile() throws Exception {
        assertGolden("receipt.json", new Receipt("armentieres", "ami-bnm-2022", "2026-12-01T23:56:00Z", "agent.a",
                "Sandrine V.", "cd".repeat(32)));
    }

    @Test
    void problemMatchesItsGoldenFile() throws Exception {
        context.response().setCharacterEncoding("UTF-8");
        ApiResponses.problem(context.response(), 400, "Requête invalide", List.of(FieldError.schema("/password",
                "Le mot de passe doit compter au moins 12 caractères.")));
        assertEquals("application/problem+json;charset=UTF-8", context.response().getContentType());
        JSONAssert.assertEquals(golden("problem.json"), context.response().getOutputAsString(),
                JSONCompareMode.NON_EXTENSIBLE);
    }

    @Test
    void anUnknownFieldIsABadRequestNamingIt() {
        context.request().setContent("{\"name\":\"Lille\",\"kind\":\"commune\",\"colour\":\"bleu\"}"
                .getBytes(StandardCharsets.UTF_8));
        context.request().setContentType("application/json");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new ApiRequest(context.request()).body(NewTenant.class));
        assertEquals("/colour", e.getErrors().get(0).pointer());
    }

    @Test
    void formFieldsAreReadLikeJsonWithOneListItemPerLine() throws Exception {
        context.request().setContentType("application/x-www-form-urlencoded");
        context.request().setParameterMap(java.util.Map.of("name", "Réseau Lys", "kind", "network",
                "memberCommunes", "Comines\r\nWervicq-Sud\n", ":redirect", "/content/bnm/administration.html",
                "slug", ""));
        NewTenant tenant = new ApiRequest(context.request()).body(NewTenant.class);
        assertEquals(new NewTenant(null, "Réseau Lys", "network", List.of("Comines", "Wervicq-Sud"), null), tenant);
    }

    private static void assertGolden(String file, Object value) throws Exception {
        JSONAssert.assertEquals(golden(file), ApiResponses.JSON.writeValueAsString(value),
                JSONCompareMode.NON_EXTENSIBLE);
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = ApiJsonTest.class.getResourceAsStream("/golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
