package fr.lillemetropole.bnm.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.jcr.AccessDeniedException;
import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class TenantAreasTest {

    private static final String PASSWORD = "mot-de-passe-long";

    private final SlingContext context = BnmContext.create();
    private Session admin;

    @BeforeEach
    void setUp() throws Exception {
        admin = context.resourceResolver().adaptTo(Session.class);
        TenantAreas.ensure(admin, new NewTenant("armentieres", "Armentières", "commune", List.of("Armentières"), null));
        TenantAreas.ensure(admin, new NewTenant("lille", "Lille", "commune", List.of("Lille"), null));
        BnmContext.user(admin, "agent-a", PASSWORD, "bnm-tenant-armentieres-agents");
        BnmContext.user(admin, "elu-a", PASSWORD, "bnm-tenant-armentieres-elected");
    }

    @Test
    void theAreaIsTypedAndItsGroupsBelongToTheTenantsGroup() throws Exception {
        Node area = admin.getNode("/var/bnm/tenants/armentieres");
        assertEquals("bnm:Tenant", area.getPrimaryNodeType().getName());
        assertEquals("Armentières", area.getProperty("bnm:name").getString());
        org.apache.jackrabbit.api.security.user.Group tenants = (org.apache.jackrabbit.api.security.user.Group)
                ((org.apache.jackrabbit.api.JackrabbitSession) admin).getUserManager().getAuthorizable("bnm-tenants");
        assertTrue(tenants.isDeclaredMember(((org.apache.jackrabbit.api.JackrabbitSession) admin).getUserManager()
                .getAuthorizable("bnm-tenant-armentieres-agents")));
    }

    @Test
    void aCommuneAccountReadsAndWritesItsOwnAreaOnly() throws Exception {
        Session agent = BnmContext.login(context, "agent-a", PASSWORD);
        try {
            assertTrue(agent.nodeExists("/var/bnm/tenants/armentieres/dossiers"));
            assertFalse(agent.nodeExists("/var/bnm/tenants/lille"));
            Node dossier = admin.getNode("/var/bnm/tenants/armentieres/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
            dossier.setProperty("bnm:campaign", "ami-bnm-2022");
            dossier.setProperty("bnm:tenant", "armentieres");
            dossier.addNode("document", "bnm:DossierDocument");
            admin.save();
            agent.refresh(false);
            agent.getNode("/var/bnm/tenants/armentieres/dossiers/ami-bnm-2022/document").setProperty("motivation", "x");
            agent.save();

            Query query = agent.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [bnm:Tenant]", Query.JCR_SQL2);
            assertEquals(1, query.execute().getNodes().getSize(), "queries only see the caller's own area");
        } finally {
            agent.logout();
        }
    }

    @Test
    void aCommuneCannotForgeTheStatusOrASignatureOfItsDossier() throws Exception {
        Node dossier = admin.getNode("/var/bnm/tenants/armentieres/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
        dossier.setProperty("bnm:campaign", "ami-bnm-2022");
        dossier.setProperty("bnm:tenant", "armentieres");
        dossier.addNode("signatures", "bnm:EntryList");
        admin.save();
        for (String login : new String[] {"agent-a", "elu-a"}) {
            Session session = BnmContext.login(context, login, PASSWORD);
            try {
                Node own = session.getNode(dossier.getPath());
                own.setProperty("bnm:status", "accepted");
                assertThrows(AccessDeniedException.class, session::save, login + " sets the status");
                session.refresh(false);
                assertThrows(AccessDeniedException.class, () -> {
                    Node signature = session.getNode(dossier.getPath() + "/signatures").addNode("s1", "bnm:Entry");
                    signature.setProperty("bnm:at", java.util.Calendar.getInstance());
                    signature.setProperty("bnm:actor", login);
                    session.save();
                }, login + " forges a signature");
                session.refresh(false);
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void theElectedOfficialSharesTheArea() throws Exception {
        Session elected = BnmContext.login(context, "elu-a", PASSWORD);
        try {
            assertTrue(elected.nodeExists("/var/bnm/tenants/armentieres"));
            assertFalse(elected.nodeExists("/var/bnm/tenants/lille"));
        } finally {
            elected.logout();
        }
    }

    @Test
    void aCommuneAccountCannotChangeAnotherArea() throws Exception {
        BnmContext.user(admin, "agent-l", PASSWORD, "bnm-tenant-lille-agents");
        Session agent = BnmContext.login(context, "agent-l", PASSWORD);
        try {
            assertFalse(agent.nodeExists("/var/bnm/tenants/armentieres"));
            assertThrows(javax.jcr.PathNotFoundException.class,
                    () -> agent.getNode("/var/bnm/tenants/armentieres"));
            agent.getNode("/var/bnm/tenants/lille").setProperty("bnm:name", "Lille");
            agent.save();
        } finally {
            agent.logout();
        }
    }

    @Test
    void ensuringTwiceChangesNothing() throws Exception {
        TenantAreas.ensure(admin, new NewTenant("armentieres", "Autre nom", "commune", List.of(), null));
        assertEquals("Armentières", admin.getNode("/var/bnm/tenants/armentieres").getProperty("bnm:name").getString());
        Session agent = BnmContext.login(context, "agent-a", PASSWORD);
        try {
            assertTrue(agent.nodeExists("/var/bnm/tenants/armentieres"));
        } finally {
            agent.logout();
        }
    }

    @Test
    void anonymousSeesNoArea() throws Exception {
        Session anonymous = BnmContext.anonymous(context);
        try {
            assertFalse(anonymous.nodeExists("/var/bnm/tenants/armentieres"));
            assertThrows(AccessDeniedException.class, () -> {
                anonymous.getRootNode().addNode("x");
                anonymous.save();
            });
        } finally {
            anonymous.logout();
        }
    }
}
