package fr.lillemetropole.bnm.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyType;
import javax.jcr.Session;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.NodeTypeManager;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class NodeTypesTest {

    private final SlingContext context = BnmContext.create();
    private Session session;

    @BeforeEach
    void setUp() {
        session = context.resourceResolver().adaptTo(Session.class);
    }

    @Test
    void everyDomainTypeIsRegistered() throws Exception {
        NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
        for (String name : List.of("bnm:Audited", "bnm:Page", "bnm:Campaign", "bnm:Tenant", "bnm:Dossier",
                "bnm:DossierDocument", "bnm:Section", "bnm:SectionList", "bnm:LibraryList", "bnm:Library",
                "bnm:History", "bnm:AuditEntry", "bnm:FaqCategory", "bnm:FaqEntry", "bnm:WorkingGroup",
                "bnm:GroupArea", "bnm:Meeting", "bnm:PartnerLibrary")) {
            assertTrue(types.hasNodeType(name), name);
        }
        assertTrue(types.getNodeType("bnm:Audited").isMixin());
    }

    @Test
    void namespaceOfRepoinitIsTheOneOfTheCnd() throws Exception {
        Matcher cnd = Pattern.compile("<bnm = '([^']+)'>").matcher(BnmContext.read(BnmContext.CND));
        Matcher repoinit = Pattern.compile("register namespace \\(bnm\\) (\\S+)").matcher(BnmContext.read(BnmContext.REPOINIT));
        assertTrue(cnd.find());
        assertTrue(repoinit.find());
        assertEquals(cnd.group(1), repoinit.group(1));
        assertEquals(cnd.group(1), session.getNamespaceURI("bnm"));
    }

    @Test
    void aTenantComesWithItsDossierFolderAndHistory() throws Exception {
        Node tenant = tenant("armentieres", "commune");
        assertTrue(tenant.hasNode("dossiers"));
        assertTrue(tenant.hasNode("history"));
        assertEquals("active", tenant.getProperty("bnm:status").getString());
        assertEquals("bnm:DossierFolder", tenant.getNode("dossiers").getPrimaryNodeType().getName());
    }

    @Test
    void aTenantKindOutsideCommuneOrNetworkIsRefused() throws Exception {
        Node tenant = session.getNode("/var/bnm/tenants").addNode("x", "bnm:Tenant");
        tenant.setProperty("bnm:slug", "x");
        tenant.setProperty("bnm:name", "X");
        tenant.setProperty("bnm:kind", "region");
        assertThrows(ConstraintViolationException.class, session::save);
    }

    @Test
    void aDossierStartsAsDraftAndOnlyKnownStatusesAreAccepted() throws Exception {
        Node dossier = dossier(tenant("lille", "commune"), "ami-bnm-2022");
        session.save();
        assertEquals("draft", dossier.getProperty("bnm:status").getString());
        assertEquals(0L, dossier.getProperty("bnm:revision").getLong());
        for (String status : List.of("submitted", "in_review", "accepted", "rejected", "returned", "draft")) {
            dossier.setProperty("bnm:status", status);
            session.save();
        }
        dossier.setProperty("bnm:status", "filed");
        assertThrows(ConstraintViolationException.class, session::save);
    }

    @Test
    void ncNullAndZeroStayDistinctInASection() throws Exception {
        Node document = dossier(tenant("roubaix", "commune"), "ami-bnm-2022").addNode("document", "bnm:DossierDocument");
        Node library = document.addNode("libraries", "bnm:LibraryList").addNode("l0", "bnm:Library");
        Node budget = library.addNode("budget", "bnm:Section");
        budget.setProperty("communication", "NC");
        budget.setProperty("digitalSubscriptions", 0L);
        budget.setProperty("physicalAcquisitions", 45150.5d);
        session.save();

        Node saved = session.getNode(budget.getPath());
        assertEquals(PropertyType.STRING, saved.getProperty("communication").getType());
        assertEquals("NC", saved.getProperty("communication").getString());
        assertEquals(PropertyType.LONG, saved.getProperty("digitalSubscriptions").getType());
        assertEquals(PropertyType.DOUBLE, saved.getProperty("physicalAcquisitions").getType());
        assertFalse(saved.hasProperty("culturalActivities"), "an unanswered field has no property");
    }

    @Test
    void librariesKeepTheirOrderAndCanBeReordered() throws Exception {
        Node libraries = dossier(tenant("reseau-lys", "network"), "ami-bnm-2022")
                .addNode("document", "bnm:DossierDocument").addNode("libraries", "bnm:LibraryList");
        for (String name : List.of("l0", "l1", "l2")) {
            libraries.addNode(name, "bnm:Library").setProperty("bnm:commune", name.toUpperCase());
        }
        libraries.orderBefore("l2", "l0");
        session.save();
        List<String> order = new ArrayList<>();
        for (NodeIterator it = session.getNode(libraries.getPath()).getNodes(); it.hasNext();) {
            order.add(it.nextNode().getName());
        }
        assertEquals(List.of("l2", "l0", "l1"), order);
    }

    @Test
    void anAuditEntryNeedsTimeActorAndAction() throws Exception {
        Node history = tenant("tourcoing", "commune").getNode("history");
        Node entry = history.addNode("e1", "bnm:AuditEntry");
        entry.setProperty("bnm:actor", "agent.demo");
        entry.setProperty("bnm:action", "save");
        assertThrows(ConstraintViolationException.class, () -> session.save(), "bnm:at is mandatory");
    }

    private Node tenant(String slug, String kind) throws Exception {
        Node tenant = session.getNode("/var/bnm/tenants").addNode(slug, "bnm:Tenant");
        tenant.setProperty("bnm:slug", slug);
        tenant.setProperty("bnm:name", slug.toUpperCase());
        tenant.setProperty("bnm:kind", kind);
        session.save();
        return tenant;
    }

    private Node dossier(Node tenant, String campaign) throws Exception {
        Node dossier = tenant.getNode("dossiers").addNode(campaign, "bnm:Dossier");
        dossier.setProperty("bnm:campaign", campaign);
        dossier.setProperty("bnm:tenant", tenant.getName());
        return dossier;
    }
}
