package fr.lillemetropole.bnm.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.jcr.AccessDeniedException;
import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.Row;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class RepoinitTest {

    private static final String PASSWORD = "correct-horse-battery";

    private final SlingContext context = BnmContext.create();
    private Session admin;
    private UserManager users;

    @BeforeEach
    void setUp() throws Exception {
        admin = context.resourceResolver().adaptTo(Session.class);
        users = ((JackrabbitSession) admin).getUserManager();
        Node tenant = admin.getNode("/var/bnm/tenants").addNode("armentieres", "bnm:Tenant");
        tenant.setProperty("bnm:slug", "armentieres");
        tenant.setProperty("bnm:name", "Armentières");
        tenant.setProperty("bnm:kind", "commune");
        admin.getNode("/var/bnm/campaigns").addNode("ami-bnm-2022", "nt:unstructured");
        admin.save();
    }

    @Test
    void melGroupsExistAndBelongToThePortalUsers() throws Exception {
        Group portal = (Group) users.getAuthorizable("bnm-users");
        assertNotNull(portal);
        for (String id : new String[] {"bnm-mel-admins", "bnm-mel-instructors", "bnm-mel-editors", "bnm-tenants"}) {
            Authorizable group = users.getAuthorizable(id);
            assertNotNull(group, id);
            assertTrue(group.isGroup());
            assertTrue(portal.isMember(group), id + " in bnm-users");
        }
    }

    @Test
    void serviceUsersExistAsSystemUsers() throws Exception {
        for (String id : new String[] {"bnm-bootstrap", "bnm-admin-password"}) {
            User user = (User) users.getAuthorizable(id);
            assertNotNull(user, id);
            assertTrue(user.isSystemUser(), id);
        }
    }

    @Test
    void theMailOutboxIsReadByMelAdminsOnlyAndWrittenByItsServiceUser() throws Exception {
        assertTrue(((User) users.getAuthorizable("bnm-mail")).isSystemUser());
        BnmContext.user(admin, "admin.mel", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "agent", PASSWORD, "bnm-tenants");
        Session melAdmin = BnmContext.login(context, "admin.mel", PASSWORD);
        try {
            assertTrue(melAdmin.nodeExists("/var/bnm/outbox/failed"));
            assertThrows(AccessDeniedException.class, () -> {
                melAdmin.getNode("/var/bnm/outbox/failed").addNode("m1", "nt:unstructured");
                melAdmin.save();
            }, "admins read the outbox, never write it");
        } finally {
            melAdmin.logout();
        }
        for (String login : new String[] {"instructeur", "agent"}) {
            Session other = BnmContext.login(context, login, PASSWORD);
            try {
                assertFalse(other.nodeExists("/var/bnm/outbox"), login);
            } finally {
                other.logout();
            }
        }
    }

    @Test
    void anonymousReadsThePortalButNothingOfTheProtectedTree() throws Exception {
        Session anonymous = BnmContext.anonymous(context);
        try {
            assertTrue(anonymous.nodeExists("/content/bnm"));
            assertFalse(anonymous.nodeExists("/apps"));
            assertFalse(anonymous.nodeExists("/home"));
            assertFalse(anonymous.nodeExists("/var/bnm"));
            assertFalse(anonymous.nodeExists("/var/bnm/tenants/armentieres"));
            assertFalse(anonymous.nodeExists("/var/bnm/campaigns/ami-bnm-2022"));
        } finally {
            anonymous.logout();
        }
    }

    @Test
    void instructorsReadEveryTenantAreaButCannotWriteIt() throws Exception {
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        Session instructor = BnmContext.login(context, "instructeur", PASSWORD);
        try {
            assertTrue(instructor.nodeExists("/var/bnm/tenants/armentieres/dossiers"));
            assertTrue(instructor.nodeExists("/var/bnm/campaigns/ami-bnm-2022"));
            instructor.getNode("/var/bnm/tenants/armentieres").setProperty("bnm:name", "Autre");
            assertThrows(AccessDeniedException.class, instructor::save);
        } finally {
            instructor.logout();
        }
    }

    @Test
    void editorsReadTheFaqsEditorialCopyButWriteNothingThemselvesAndReadNoSubmission() throws Exception {
        BnmContext.user(admin, "editeur", PASSWORD, "bnm-mel-editors");
        Session editor = BnmContext.login(context, "editeur", PASSWORD);
        try {
            assertFalse(editor.nodeExists("/var/bnm/tenants"));
            assertFalse(editor.nodeExists("/var/bnm/tenants/armentieres"));
            assertTrue(editor.nodeExists("/var/bnm/campaigns/ami-bnm-2022"), "campaigns are readable by every account");
            assertTrue(editor.nodeExists("/var/bnm/editorial/faq"));
            assertThrows(AccessDeniedException.class, () -> {
                editor.getNode("/content/bnm").addNode("faq", "nt:unstructured");
                editor.save();
            }, "only bnm-faq writes the published FAQ");
            editor.refresh(false);
            assertThrows(AccessDeniedException.class, () -> {
                editor.getNode("/var/bnm/editorial/faq").addNode("brouillon", "nt:unstructured");
                editor.save();
            }, "only bnm-faq writes the editorial copy");
        } finally {
            editor.logout();
        }
    }

    @Test
    void theFaqsEditorialCopyIsHiddenFromCommunesAndAnonymous() throws Exception {
        assertTrue(((User) users.getAuthorizable("bnm-faq")).isSystemUser());
        BnmContext.user(admin, "agent", PASSWORD, "bnm-tenants");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        for (Session session : new Session[] {BnmContext.login(context, "agent", PASSWORD),
                BnmContext.login(context, "instructeur", PASSWORD), BnmContext.anonymous(context)}) {
            try {
                assertFalse(session.nodeExists("/var/bnm/editorial"), session.getUserID());
                assertFalse(session.nodeExists("/var/bnm/editorial/faq"), session.getUserID());
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void aPortalUserOutsideMelGroupsSeesNoTenantArea() throws Exception {
        BnmContext.user(admin, "agent", PASSWORD, "bnm-tenants");
        Session agent = BnmContext.login(context, "agent", PASSWORD);
        try {
            assertFalse(agent.nodeExists("/var/bnm/tenants/armentieres"));
            assertFalse(agent.getWorkspace().getQueryManager()
                    .createQuery("SELECT * FROM [bnm:Tenant]", Query.JCR_SQL2).execute().getNodes().hasNext());
        } finally {
            agent.logout();
        }
    }

    @Test
    void dossierQueriesUseThePropertyIndexes() throws Exception {
        QueryManager qm = admin.getWorkspace().getQueryManager();
        Query query = qm.createQuery("explain SELECT * FROM [bnm:Dossier] AS d "
                + "WHERE d.[bnm:campaign] = $campaign AND d.[bnm:status] = $status", Query.JCR_SQL2);
        query.bindValue("campaign", admin.getValueFactory().createValue("ami-bnm-2022"));
        query.bindValue("status", admin.getValueFactory().createValue("submitted"));
        Row row = query.execute().getRows().nextRow();
        String plan = row.getValue("plan").getString();
        assertTrue(plan.contains("property bnmCampaign") || plan.contains("property bnmStatus"), plan);

        Query byCommune = qm.createQuery("explain SELECT * FROM [bnm:Library] AS l WHERE l.[bnm:commune] = $c",
                Query.JCR_SQL2);
        byCommune.bindValue("c", admin.getValueFactory().createValue("LILLE"));
        assertTrue(byCommune.execute().getRows().nextRow().getValue("plan").getString()
                .contains("property bnmCommune"));
    }

    @Test
    void indexedPropertyNamesAreNames() throws Exception {
        for (String index : BnmContext.INDEXES) {
            assertEquals(javax.jcr.PropertyType.NAME,
                    admin.getNode("/oak:index/" + index).getProperty("propertyNames").getType(), index);
        }
    }

    @Test
    void workingGroupAreasAreReadByPortalAccountsAndWrittenByTheirServiceUserOnly() throws Exception {
        assertTrue(((User) users.getAuthorizable("bnm-groups")).isSystemUser());
        admin.getNode("/var/bnm/groups").addNode("logiciel-metier", "bnm:GroupArea");
        admin.save();
        BnmContext.user(admin, "agent", PASSWORD, "bnm-tenants");
        BnmContext.user(admin, "editeur", PASSWORD, "bnm-mel-editors");
        for (String login : new String[] {"agent", "editeur"}) {
            Session account = BnmContext.login(context, login, PASSWORD);
            try {
                assertTrue(account.nodeExists("/var/bnm/groups/logiciel-metier"), login);
                assertThrows(AccessDeniedException.class, () -> {
                    account.getNode("/var/bnm/groups/logiciel-metier").setProperty("bnm:updatedBy", login);
                    account.save();
                }, login + " writes only through the portal's service");
            } finally {
                account.logout();
            }
        }
        Session anonymous = BnmContext.anonymous(context);
        try {
            assertFalse(anonymous.nodeExists("/var/bnm/groups/logiciel-metier"));
        } finally {
            anonymous.logout();
        }
    }

    @Test
    void theScriptIsIdempotent() throws Exception {
        BnmContext.applyRepoinit(admin, BnmContext.read(BnmContext.REPOINIT));
        assertEquals("armentieres", admin.getNode("/var/bnm/tenants/armentieres").getProperty("bnm:slug").getString());
    }

    @Test
    void theDirectoryIsPublicAndItsCorrectionsAreTheEditorsAlone() throws Exception {
        assertTrue(((User) users.getAuthorizable("bnm-directory")).isSystemUser());
        Node library = admin.getNode("/content/bnm/bibliotheques").addNode("mediatheque", "bnm:PartnerLibrary");
        library.setProperty("bnm:name", "Médiathèque");
        library.setProperty("bnm:commune", "Armentières");
        admin.getNode("/var/bnm/directory").addNode("mediatheque", "nt:unstructured").setProperty("bnm:hidden", false);
        admin.save();
        Session anonymous = BnmContext.anonymous(context);
        try {
            assertTrue(anonymous.nodeExists("/content/bnm/bibliotheques/mediatheque"));
            assertFalse(anonymous.nodeExists("/var/bnm/directory"));
        } finally {
            anonymous.logout();
        }
        BnmContext.user(admin, "editeur", PASSWORD, "bnm-mel-editors");
        BnmContext.user(admin, "agent", PASSWORD, "bnm-tenants");
        Session editor = BnmContext.login(context, "editeur", PASSWORD);
        try {
            assertTrue(editor.nodeExists("/var/bnm/directory/mediatheque"), "editors read the corrections");
            editor.getNode("/content/bnm/bibliotheques/mediatheque").setProperty("bnm:name", "Autre");
            assertThrows(AccessDeniedException.class, editor::save, "the projection is written by its service only");
            editor.refresh(false);
            editor.getNode("/var/bnm/directory/mediatheque").setProperty("bnm:hidden", true);
            assertThrows(AccessDeniedException.class, editor::save, "corrections go through the portal");
        } finally {
            editor.logout();
        }
        Session agent = BnmContext.login(context, "agent", PASSWORD);
        try {
            assertFalse(agent.nodeExists("/var/bnm/directory"));
        } finally {
            agent.logout();
        }
    }
}
