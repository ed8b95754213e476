package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class SchemaAndMappingTest {

    private final SlingContext context = BnmContext.create();
    private final DossierSchema schema = DossierSchema.get();
    private final SchemaValidator validator = new SchemaValidator(schema);
    private final Normalizer normalizer = new Normalizer(schema);
    private final DossierJcr mapping = new DossierJcr(schema);

    @Test
    void theShippedSchemaIsTheContractsOne() throws Exception {
        Path shared = SharedFolder.file("contracts/ami-dossier.schema.json");
        JSONAssert.assertEquals(Files.readString(shared), Fixtures.JSON.writeValueAsString(schema.root()),
                JSONCompareMode.STRICT);
    }

    @Test
    void theSeedsDossierIsValidAndAlreadyInNormalForm() {
        ObjectNode fixture = Fixtures.armentieres();
        assertEquals(List.of(), validator.validate(fixture));
        assertEquals(fixture, normalizer.normalize(fixture));
    }

    @Test
    void missingKeysComeBackAsNullAndMissingListsAsEmpty() {
        ObjectNode draft = Fixtures.JSON.createObjectNode().put("schemaVersion", 1).put("campaign", "ami-bnm-2022");
        ObjectNode normal = normalizer.normalize(draft);
        assertTrue(normal.get("motivation").isNull());
        assertTrue(normal.get("applicant").get("kind").isNull());
        assertTrue(normal.get("applicant").get("network").isNull(), "a nullable object stays null");
        assertEquals(0, normal.get("libraries").size());
        assertEquals(0, normal.get("engagement").get("workingGroups").size());
        assertTrue(normal.get("signature").get("networkSignatories").isArray());
        assertEquals(List.of(), validator.validate(draft), "a draft may be almost empty");
    }

    @Test
    void schemaErrorsSpeakNoDeveloperWords() {
        ObjectNode bad = Fixtures.armentieres();
        ((ObjectNode) bad.get("libraries").get(0).get("equipment")).put("publicWifi", "peut-être");
        ((ObjectNode) bad.get("electedOfficial")).put("email", " ");
        List<FieldError> errors = validator.validate(bad);
        assertEquals(List.of("/electedOfficial/email", "/libraries/0/equipment/publicWifi"),
                errors.stream().map(FieldError::pointer).distinct().sorted().toList());
        for (FieldError error : errors) {
            for (String word : List.of("null", "true", "false")) {
                org.junit.jupiter.api.Assertions.assertFalse(error.message().contains(word), error.message());
            }
        }
    }

    @Test
    void schemaErrorsNameTheirPointerInFrench() {
        ObjectNode bad = Fixtures.armentieres();
        ((ObjectNode) bad.get("libraries").get(0).get("team")).put("fte", "beaucoup");
        ((ObjectNode) bad.get("objectives").get(1)).put("importance", 5);
        ((ObjectNode) bad.get("electedOfficial")).put("email", "pas-un-email");
        bad.put("couleur", "bleu");
        List<String> pointers = validator.validate(bad).stream().map(FieldError::pointer).distinct()
                .collect(Collectors.toList());
        assertTrue(pointers.containsAll(List.of("/libraries/0/team/fte", "/objectives/1/importance",
                "/electedOfficial/email", "/couleur")), pointers.toString());
        FieldError fte = validator.validate(bad).stream().filter(e -> e.pointer().equals("/libraries/0/team/fte"))
                .findFirst().orElseThrow();
        assertEquals("schema", fte.rule());
        assertTrue(fte.message().contains("équivalents temps plein") || fte.message().contains("«"), fte.message());
    }

    @Test
    void theDossierRoundTripsThroughTypedNodes() throws Exception {
        Node document = document();
        ObjectNode fixture = Fixtures.armentieres();
        List<String> changed = mapping.write(document, fixture);
        document.getSession().save();
        assertFalse(changed.isEmpty());
        JSONAssert.assertEquals(fixture.toString(), mapping.read(document).toString(), JSONCompareMode.STRICT);

        Node library = document.getNode("libraries/n0");
        assertEquals("bnm:Library", library.getPrimaryNodeType().getName());
        assertEquals(PropertyType.DOUBLE, library.getProperty("team/fte").getType());
        assertEquals(PropertyType.LONG, library.getProperty("presentation/totalAreaM2").getType());
        assertEquals("NC", library.getProperty("budget/communication").getString());
        assertEquals(0L, library.getProperty("budget/digitalSubscriptions").getLong());
        assertFalse(library.hasProperty("presentation/portalUrl"), "null has no property");
        assertEquals(List.of(), mapping.write(document, fixture), "writing the same document changes nothing");
    }

    @Test
    void onlyWhatChangedIsWrittenAndRemovedEntriesGo() throws Exception {
        Node document = document();
        ObjectNode fixture = Fixtures.armentieres();
        mapping.write(document, fixture);
        ObjectNode edited = Fixtures.armentieres();
        ((ObjectNode) edited.get("libraries").get(0).get("budget")).put("communication", 1200);
        ((ObjectNode) edited.get("libraries").get(0).get("presentation")).putNull("address");
        edited.withArray("libraries").add(fixture.get("libraries").get(0).deepCopy());
        List<String> changed = mapping.write(document, edited);
        assertEquals(List.of("/libraries/0/presentation/address", "/libraries/0/budget/communication", "/libraries/1"),
                changed.subList(0, 3));
        JSONAssert.assertEquals(edited.toString(), mapping.read(document).toString(), JSONCompareMode.STRICT);

        changed = mapping.write(document, fixture);
        assertTrue(changed.contains("/libraries/1"));
        assertEquals(1, mapping.read(document).get("libraries").size());
    }

    private Node document() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        TenantAreas.ensure(admin, new NewTenant("armentieres", "Armentières", "commune", List.of("Armentières"), null));
        Node dossier = admin.getNode("/var/bnm/tenants/armentieres/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
        dossier.setProperty("bnm:campaign", "ami-bnm-2022");
        dossier.setProperty("bnm:tenant", "armentieres");
        return dossier.addNode("document", "bnm:DossierDocument");
    }
}
