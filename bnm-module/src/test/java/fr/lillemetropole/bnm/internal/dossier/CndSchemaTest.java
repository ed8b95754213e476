package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.Session;
import javax.jcr.nodetype.NodeDefinition;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.PropertyDefinition;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.testing.BnmContext;

/** The CND names the dossier's top-level fields once: this keeps them in step with the schema. */
@ExtendWith(SlingContextExtension.class)
class CndSchemaTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void theDossierDocumentTypeDeclaresEveryTopLevelFieldOfTheSchemaAndNothingElse() throws Exception {
        Session session = context.resourceResolver().adaptTo(Session.class);
        NodeType document = session.getWorkspace().getNodeTypeManager().getNodeType("bnm:DossierDocument");
        Set<String> declared = new TreeSet<>();
        for (NodeDefinition child : document.getDeclaredChildNodeDefinitions()) {
            declared.add(child.getName());
        }
        for (PropertyDefinition property : document.getDeclaredPropertyDefinitions()) {
            declared.add(property.getName());
        }
        DossierSchema schema = DossierSchema.get();
        Set<String> expected = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.root().get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            expected.add(field.getKey());
            JsonNode s = schema.resolve(field.getValue());
            boolean structured = DossierSchema.isObject(s) || DossierSchema.isArray(s);
            boolean childNode = document.getDeclaredChildNodeDefinitions().length > 0
                    && java.util.Arrays.stream(document.getDeclaredChildNodeDefinitions())
                            .anyMatch(d -> d.getName().equals(field.getKey()));
            assertEquals(structured, childNode, field.getKey() + ": objects and lists are child nodes, scalars properties");
        }
        assertEquals(expected, declared);
        assertTrue(session.getWorkspace().getNodeTypeManager().getNodeType("bnm:Library").isNodeType("bnm:Section"));
    }
}
