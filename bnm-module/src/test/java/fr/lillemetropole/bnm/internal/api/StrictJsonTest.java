package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.testing.BnmContext;

/** What the API refuses before anything is parsed into a document, and the problem it answers. */
@ExtendWith(SlingContextExtension.class)
class StrictJsonTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void aBodyAnnouncedTooLargeIsRefusedWithoutReadingIt() throws Exception {
        InputStream never = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("the body was read");
            }
        };
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> StrictJson.DEFAULT.parse(never, 27L * 1024 * 1024));
        assertEquals(413, e.getStatus());
        assertProblem("problem-413.json", e);
    }

    @Test
    void aChunkedBodyIsCutAtTheLimit() {
        byte[] big = new byte[StrictJson.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> StrictJson.DEFAULT.parse(new ByteArrayInputStream(big), -1));
        assertEquals(413, e.getStatus());
    }

    @Test
    void onlyJsonInUtf8IsAccepted() {
        assertTrue(StrictJson.isJson("application/json"));
        assertTrue(StrictJson.isJson("application/json; charset=UTF-8"));
        assertTrue(StrictJson.isJson("Application/JSON;charset=\"utf-8\""));
        assertTrue(StrictJson.isJson("application/merge-patch+json"));
        assertFalse(StrictJson.isJson(null));
        assertFalse(StrictJson.isJson("text/plain"));
        assertFalse(StrictJson.isJson("application/json; charset=ISO-8859-1"));
        assertFalse(StrictJson.isJson("multipart/form-data; boundary=x"));
    }

    @Test
    void anotherContentTypeIs415() throws Exception {
        context.request().setContent("{\"name\":\"Lille\",\"kind\":\"commune\"}".getBytes(StandardCharsets.UTF_8));
        context.request().setContentType("text/plain");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new ApiRequest(context.request()).body(NewTenant.class));
        assertEquals(415, e.getStatus());
        assertProblem("problem-415.json", e);
    }

    @Test
    void aValidBodyIsStillRead() throws Exception {
        context.request().setContent("{\"name\":\"Lille\",\"kind\":\"commune\"}".getBytes(StandardCharsets.UTF_8));
        context.request().setContentType("application/json; charset=UTF-8");
        assertEquals(new NewTenant(null, "Lille", "commune", null, null),
                new ApiRequest(context.request()).body(NewTenant.class));
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] latin1 = "{\"motivation\":\"Bibliothèque\"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidRequestException e = refused(latin1);
        assertEquals("Le corps de la requête n'est pas encodé en UTF-8 valide (octet n° 24).", message(e));
    }

    @Test
    void trailingDataIsRefused() {
        assertTrue(message(refused("{\"motivation\":\"a\"} {\"motivation\":\"b\"}")).contains("données en trop"));
        assertTrue(message(refused("{\"motivation\":\"a\"} x")).contains("données en trop"));
        assertTrue(message(refused("{\"motivation\":\"a\"")).contains("pas du JSON valide"));
    }

    @Test
    void aDuplicateKeyIsNamed() throws Exception {
        InvalidRequestException e = refused("{\"applicant\":{\"name\":\"Armentières\",\"name\":\"Lille\"}}");
        assertEquals("/applicant/name", e.getErrors().get(0).pointer());
        assertProblem("problem-duplicate.json", e);
    }

    @Test
    void aNulCharacterIsRefusedInStringsAndKeys() {
        InvalidRequestException value = refused("{\"libraries\":[{\"presentation\":{\"name\":\"a\\u0000b\"}}]}");
        assertEquals("/libraries/0/presentation/name", value.getErrors().get(0).pointer());
        assertEquals("Le champ « libraries/0/presentation/name » contient un caractère nul (code 0).", message(value));
        InvalidRequestException key = refused("{\"applicant\":{\"na\\u0000me\":1}}");
        assertEquals("/applicant", key.getErrors().get(0).pointer());
        InvalidRequestException surrogate = refused("{\"motivation\":\"\\ud800\"}");
        assertEquals("/motivation", surrogate.getErrors().get(0).pointer());
    }

    @Test
    void numbersAreReadExactly() throws Exception {
        JsonNode document = parse("{\"a\":123456789012345678901234567890,\"b\":1e309,\"c\":-0,\"d\":1E2,\"e\":17.90,"
                + "\"f\":2800,\"g\":9007199254740993}");
        assertEquals(new BigInteger("123456789012345678901234567890"), document.get("a").bigIntegerValue());
        assertEquals(new BigDecimal("1e309"), document.get("b").decimalValue());
        assertTrue(document.get("c").isInt());
        assertEquals(0, document.get("c").intValue());
        assertEquals(0, new BigDecimal("100").compareTo(document.get("d").decimalValue()));
        assertEquals(new BigDecimal("17.90"), document.get("e").decimalValue());
        assertTrue(document.get("f").isInt());
        assertEquals(9007199254740993L, document.get("g").longValue());
    }

    @Test
    void numbersOutOfAnyRangeAreRefusedNotCrashed() {
        assertEquals("/a", refused("{\"a\":1e99999999999}").getErrors().get(0).pointer());
        assertEquals("/a", refused("{\"a\":" + "9".repeat(200) + "}").getErrors().get(0).pointer());
        assertTrue(message(refused("{\"a\":NaN}")).contains("pas du JSON valide"));
        assertTrue(message(refused("{\"a\":01}")).contains("pas du JSON valide"));
    }

    @Test
    void deepNestingIsRefused() {
        InvalidRequestException e = refused("[".repeat(100_000) + "]".repeat(100_000));
        assertTrue(message(e).contains("trop profondément"), message(e));
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertEquals("Le corps de la requête est vide : envoyez un objet JSON.", message(refused(" \n")));
    }

    private static JsonNode parse(String json) throws InvalidRequestException {
        return StrictJson.DEFAULT.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidRequestException refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidRequestException refused(byte[] body) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> StrictJson.DEFAULT.parse(body));
        assertEquals(400, e.getStatus());
        return e;
    }

    private static String message(InvalidRequestException e) {
        return e.getErrors().get(0).message();
    }

    private void assertProblem(String golden, InvalidRequestException e) throws Exception {
        context.response().setCharacterEncoding("UTF-8");
        ApiResponses.problem(context.response(), e.getStatus(), e.getTitle(), e.getErrors());
        assertEquals(e.getStatus(), context.response().getStatus());
        try (InputStream in = StrictJsonTest.class.getResourceAsStream("/golden/" + golden)) {
            JSONAssert.assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    context.response().getOutputAsString(), JSONCompareMode.NON_EXTENSIBLE);
        }
    }
}
