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
    void aCommuneAccountReadsItsOwnAreaAndWritesNothingThere() throws Exception {
        Node dossier = newDossier();
        Session agent = BnmContext.login(context, "agent-a", PASSWORD);
        try {
            assertTrue(agent.nodeExists("/var/bnm/tenants/armentieres/dossiers"));
            assertFalse(agent.nodeExists("/var/bnm/tenants/lille"));
            Query query = agent.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [bnm:Tenant]", Query.JCR_SQL2);
            assertEquals(1, query.execute().getNodes().getSize(), "queries only see the caller's own area");

            agent.getNode(dossier.getPath() + "/document").setProperty("motivation", "changée par une autre route");
            assertThrows(AccessDeniedException.class, agent::save, "the content");
            agent.refresh(false);
            agent.getNode(dossier.getPath()).setProperty("bnm:revision", 41L);
            assertThrows(AccessDeniedException.class, agent::save, "the revision (ETag)");
            agent.refresh(false);
            agent.getNode(dossier.getPath()).remove();
            assertThrows(AccessDeniedException.class, agent::save, "deleting the dossier");
            agent.refresh(false);
            assertThrows(AccessDeniedException.class, () -> {
                agent.getNode(dossier.getPath()).addNode("notes", "bnm:EntryList");
                agent.save();
            }, "creating the notes list");
            agent.refresh(false);
            assertThrows(AccessDeniedException.class, () -> {
                AuditLog.append(agent, "armentieres", "mel.admin", "dossier.submit", "forged");
                agent.save();
            }, "a history entry");
        } finally {
            agent.logout();
        }
    }

    @Test
    void melAdminsAndInstructorsReadAreasButChangeNothing() throws Exception {
        Node dossier = newDossier();
        BnmContext.user(admin, "mel-admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel-instr", PASSWORD, "bnm-mel-instructors");
        for (String login : new String[] {"mel-admin", "mel-instr"}) {
            Session session = BnmContext.login(context, login, PASSWORD);
            try {
                assertTrue(session.nodeExists(dossier.getPath()), login + " reads");
                session.getNode(dossier.getPath()).setProperty("bnm:status", "accepted");
                assertThrows(AccessDeniedException.class, session::save, login + " sets the status");
                session.refresh(false);
                session.getNode(dossier.getPath() + "/document").setProperty("motivation", "x");
                assertThrows(AccessDeniedException.class, session::save, login + " changes the content");
                session.refresh(false);
                assertThrows(AccessDeniedException.class, () -> {
                    AuditLog.append(session, "armentieres", "agent-a", "dossier.save", "forged");
                    session.save();
                }, login + " forges a history entry in another name");
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void areasOfEarlierVersionsLoseTheirGroupsWriteAccess() throws Exception {
        Node dossier = newDossier();
        String dossiers = "/var/bnm/tenants/armentieres/dossiers";
        org.apache.jackrabbit.api.security.JackrabbitAccessControlList acl =
                org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils.getAccessControlList(admin,
                        dossiers);
        java.security.Principal agents = () -> "bnm-tenant-armentieres-agents";
        acl.addEntry(agents, org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils
                .privilegesFromNames(admin, "jcr:read", "rep:write"), true);
        admin.getAccessControlManager().setPolicy(dossiers, acl);
        admin.save();
        assertEquals(1, TenantAclUpgrade.upgrade(admin));
        Session agent = BnmContext.login(context, "agent-a", PASSWORD);
        try {
            assertTrue(agent.nodeExists(dossier.getPath()), "still reads");
            agent.getNode(dossier.getPath() + "/document").setProperty("motivation", "x");
            assertThrows(AccessDeniedException.class, agent::save);
        } finally {
            agent.logout();
        }
        assertEquals(0, TenantAclUpgrade.upgrade(admin), "nothing left to upgrade");
    }

    private Node newDossier() throws Exception {
        Node dossier = admin.getNode("/var/bnm/tenants/armentieres/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
        dossier.setProperty("bnm:campaign", "ami-bnm-2022");
        dossier.setProperty("bnm:tenant", "armentieres");
        dossier.addNode("document", "bnm:DossierDocument");
        dossier.addNode("signatures", "bnm:EntryList");
        admin.save();
        return dossier;
    }

    @Test
    void aCommuneCannotForgeTheStatusOrASignatureOfItsDossier() throws Exception {
        Node dossier = newDossier();
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
            agent.getNode("/var/bnm/tenants/lille").setProperty("bnm:name", "Lille-Autre");
            assertThrows(AccessDeniedException.class, agent::save, "not even its own area's name");
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
