package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.api.StrictJson;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.testing.BnmContext;

/** Numbers read exactly by the strict parser: refused by the schema with their pointer, or saved as sent. */
@ExtendWith(SlingContextExtension.class)
class StrictNumbersTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";
    private static final String BOOKS = "\"books\": 49303";
    private static final String NBSP = "\u00a0";

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private Session agent;
    private String fixture;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        TenantAreas.ensure(admin, new NewTenant("armentieres", "Armentières", "commune", List.of("Armentières"), null));
        BnmContext.user(admin, "agent.a", PASSWORD, "bnm-tenant-armentieres-agents");
        admin.save();
        dossiers = new DossiersImpl(new TestServiceSessions(context));
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        try (var in = StrictNumbersTest.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(fixture.contains(BOOKS));
    }

    @Test
    void aValidDossierStillSavesThroughTheStrictParser() throws Exception {
        SaveResult saved = dossiers.save(agent, CAMPAIGN, "armentieres", parse(fixture), null);
        assertEquals("\"1\"", saved.etag());
        assertTrue(saved.completeness().values().stream().allMatch(s -> s.complete()), saved.toString());
        JSONAssert.assertEquals(fixture, dossiers.get(agent, CAMPAIGN, "armentieres").document().toString(),
                JSONCompareMode.STRICT);
    }

    @Test
    void aHugeIntegerInACountIsRefusedWithItsPointerAndNothingChanges() throws Exception {
        String etag = dossiers.save(agent, CAMPAIGN, "armentieres", parse(fixture), null).etag();
        FieldError error = refused(fixture.replace(BOOKS, "\"books\": 123456789012345678901234567890"), etag);
        assertEquals(new FieldError("schema", "/libraries/0/collections/books", "« Nombre de livres empruntables » "
                + "ne peut pas dépasser 1" + NBSP + "000" + NBSP + "000" + NBSP + "000" + NBSP + "000."), error);
        DossierVersion after = dossiers.get(agent, CAMPAIGN, "armentieres");
        assertEquals(etag, after.etag());
        JSONAssert.assertEquals(fixture, after.document().toString(), JSONCompareMode.STRICT);
    }

    @Test
    void anExponentBeyondDoublesIsA400NotA500() throws Exception {
        String etag = dossiers.save(agent, CAMPAIGN, "armentieres", parse(fixture), null).etag();
        assertEquals("/libraries/0/collections/books",
                refused(fixture.replace(BOOKS, "\"books\": 1e309"), etag).pointer());
        assertEquals("/libraries/0/collections/books",
                refused(fixture.replace(BOOKS, "\"books\": -1e309"), etag).pointer());
        assertEquals("/libraries/0/collections/books",
                refused(fixture.replace(BOOKS, "\"books\": 1.5"), etag).pointer());
        assertEquals("/libraries/0/presentation/totalAreaM2",
                refused(fixture.replace("\"totalAreaM2\": 2800", "\"totalAreaM2\": 1000000000000.01"), etag).pointer());
        assertEquals("\"1\"", dossiers.get(agent, CAMPAIGN, "armentieres").etag());
    }

    @Test
    void minusZeroExponentsAndTrailingZerosSaveAsTheirValue() throws Exception {
        String etag = dossiers.save(agent, CAMPAIGN, "armentieres", parse(fixture), null).etag();
        String edited = fixture.replace(BOOKS, "\"books\": 4.9303E4").replace("\"totalAreaM2\": 2800",
                "\"totalAreaM2\": 2800.50").replace("\"openingHoursPerWeek\": 27", "\"openingHoursPerWeek\": -0");
        assertTrue(edited.contains("-0"));
        SaveResult saved = dossiers.save(agent, CAMPAIGN, "armentieres", parse(edited), etag);
        JsonNode library = dossiers.get(agent, CAMPAIGN, "armentieres").document().get("libraries").get(0);
        assertTrue(library.at("/collections/books").isIntegralNumber(), "an integer field stays an integer");
        assertEquals(49303, library.at("/collections/books").intValue());
        assertEquals(2800.5, library.at("/presentation/totalAreaM2").doubleValue());
        assertEquals(0, library.at("/openingHoursPerWeek").intValue());
        assertEquals("\"2\"", saved.etag());
        assertEquals(64, CanonicalJson.sha256(parse(edited)).length());
    }

    @Test
    void moreThan200LibrariesIsRefusedInPlainFrench() throws Exception {
        ObjectNode document = (ObjectNode) parse(fixture);
        ArrayNode libraries = (ArrayNode) document.get("libraries");
        while (libraries.size() < 201) {
            libraries.add(libraries.get(0).deepCopy());
        }
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", document, null));
        FieldError error = e.getErrors().stream().filter(f -> f.pointer().equals("/libraries")).findFirst()
                .orElseThrow();
        assertTrue(error.message().endsWith("» ne peut pas compter plus de 200 éléments (201 envoyés)."),
                error.message());
    }

    private FieldError refused(String json, String etag) throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", parse(json), etag));
        assertEquals(400, e.getStatus());
        return e.getErrors().get(0);
    }

    private static JsonNode parse(String json) throws InvalidRequestException {
        return StrictJson.DEFAULT.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
