package fr.lillemetropole.bnm.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.dossier.DossierJcr;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.testing.BnmContext;

/**
 * Any dossier save() would store is written to typed nodes on a real Oak, read back in normal form,
 * and writing what was read changes nothing. Nothing is saved: each input is written then discarded.
 */
@ExtendWith(SlingContextExtension.class)
class DossierJcrFuzzTest {

    private final SlingContext context = BnmContext.create();
    private final DossierJcr mapping = new DossierJcr(Pipeline.SCHEMA);
    private Session session;
    private Node document;

    @BeforeEach
    void setUp() throws Exception {
        session = context.resourceResolver().adaptTo(Session.class);
        TenantAreas.ensure(session, new NewTenant("armentieres", "Armentières", "commune", List.of("Armentières"),
                null));
        Node dossier = session.getNode("/var/bnm/tenants/armentieres/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
        dossier.setProperty("bnm:campaign", "ami-bnm-2022");
        dossier.setProperty("bnm:tenant", "armentieres");
        document = dossier.addNode("document", "bnm:DossierDocument");
        session.save();
    }

    @FuzzTest
    @DictionaryEntries({"\"NC\"", "null", "true", "0", "-0", "1E2", "0.1", "17.90", "999999999999.99", "[]"})
    void writeThenRead(byte[] body) throws RepositoryException {
        ObjectNode normal = Pipeline.accepted(Pipeline.parse(body));
        if (normal == null) {
            return;
        }
        try {
            mapping.write(document, normal);
            ObjectNode read = mapping.read(document);
            assertEquals(read, Pipeline.NORMALIZER.normalize(read), "what is read is in normal form");
            assertEquals(Pipeline.VALIDATOR.validate(normal), Pipeline.VALIDATOR.validate(read),
                    "what is read is judged as what was written");
            assertEquals(List.of(), mapping.write(document, read), "writing what was read changes nothing");
        } finally {
            session.refresh(false);
        }
    }
}
