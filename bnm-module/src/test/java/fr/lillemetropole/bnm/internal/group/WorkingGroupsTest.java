package fr.lillemetropole.bnm.internal.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.dossier.DossierEvents;
import fr.lillemetropole.bnm.internal.dossier.DossiersImpl;
import fr.lillemetropole.bnm.internal.dossier.Fixtures;
import fr.lillemetropole.bnm.internal.instruction.InstructionImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/** Members follow the filed dossiers' enrolments; only MEL editors and admins edit; documents are checked. */
@ExtendWith(SlingContextExtension.class)
class WorkingGroupsTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private InstructionImpl instruction;
    private WorkingGroups groups;
    private Session agent;
    private Session elected;
    private Session instructor;
    private Session editor;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        Node pages = admin.getNode("/content/bnm").addNode("groupes-de-travail", "bnm:Page");
        page(pages, "logiciel-metier", "ils", "Logiciel métier");
        page(pages, "ressources-en-ligne", "online_resources", "Ressources en ligne");
        page(pages, "livres-numeriques", "ebooks", "Livres numériques");
        admin.save();
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "editeur", PASSWORD, "bnm-mel-editors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        accounts.createTenant(melAdmin, new NewTenant("armentieres", "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("lille", "Lille", "commune", null, null));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.a", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.a", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        accounts.createTenantAccount(melAdmin, "lille",
                new NewAccount("agent.l", PASSWORD, "Agent Lille", "agent@lille.fr", "agent"));
        melAdmin.logout();
        DossierEvents events = new DossierEvents();
        dossiers = new DossiersImpl(new TestServiceSessions(context), events);
        instruction = new InstructionImpl(new TestServiceSessions(context), events,
                fr.lillemetropole.bnm.testing.Dictionary.provider());
        groups = new WorkingGroups(new TestServiceSessions(context));
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        elected = BnmContext.login(context, "elu.a", PASSWORD);
        instructor = BnmContext.login(context, "instructeur", PASSWORD);
        editor = BnmContext.login(context, "editeur", PASSWORD);
    }

    private static void page(Node parent, String slug, String code, String title) throws Exception {
        Node page = parent.addNode(slug, "bnm:WorkingGroup");
        page.setProperty("bnm:code", code);
        page.setProperty("jcr:title", title);
        page.setProperty("bnm:commitment", "environ 4 h par mois");
    }

    private List<String> members(String slug) throws Exception {
        return groups.detail(editor, slug).members().stream().map(GroupMembers.Member::tenant).toList();
    }

    private void file(ObjectNode document) throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", document,
                dossiers.get(agent, CAMPAIGN, "armentieres") == null ? null
                        : dossiers.get(agent, CAMPAIGN, "armentieres").etag());
        dossiers.sign(elected, CAMPAIGN, "armentieres");
        dossiers.submit(agent, CAMPAIGN, "armentieres");
    }

    @Test
    void membersFollowTheLastFiledVersionOfTheDossiers() throws Exception {
        dossiers.save(BnmContext.login(context, "agent.l", PASSWORD), CAMPAIGN, "lille", Fixtures.armentieres(), null);
        ObjectNode draft = Fixtures.armentieres();
        dossiers.save(agent, CAMPAIGN, "armentieres", draft, null);
        assertEquals(List.of(), members("logiciel-metier"), "a draft enrols nobody");

        file(Fixtures.armentieres());
        assertEquals(List.of("armentieres"), members("logiciel-metier"), "filed: ils, online_resources, …");
        assertEquals(List.of("armentieres"), members("ressources-en-ligne"));
        assertEquals(List.of(), members("livres-numeriques"));
        assertEquals("Armentières", groups.detail(agent, "logiciel-metier").members().get(0).name());

        instruction.transition(instructor, CAMPAIGN, "armentieres", "returned", "Précisez vos groupes.", null);
        ObjectNode corrected = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        ArrayNode enrolled = ((ObjectNode) corrected.path("engagement")).putArray("workingGroups");
        enrolled.add("ebooks");
        dossiers.save(agent, CAMPAIGN, "armentieres", corrected, dossiers.get(agent, CAMPAIGN, "armentieres").etag());
        assertEquals(List.of("armentieres"), members("logiciel-metier"),
                "returned and being corrected: the last filed version still counts");

        dossiers.sign(elected, CAMPAIGN, "armentieres");
        dossiers.submit(agent, CAMPAIGN, "armentieres");
        assertEquals(List.of(), members("logiciel-metier"), "refiled without it");
        assertEquals(List.of("armentieres"), members("livres-numeriques"));

        instruction.transition(instructor, CAMPAIGN, "armentieres", "in_review", null, null);
        instruction.transition(instructor, CAMPAIGN, "armentieres", "rejected", "Hors critères.", null);
        assertEquals(List.of(), members("livres-numeriques"), "a rejected dossier enrols nobody");
    }

    @Test
    void theMembersQueryUsesTheStatusIndex() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        javax.jcr.query.Query explain = admin.getWorkspace().getQueryManager().createQuery("explain "
                + GroupMembers.QUERY, javax.jcr.query.Query.JCR_SQL2);
        for (int i = 0; i < GroupMembers.FILED.size(); i++) {
            explain.bindValue("s" + i, admin.getValueFactory().createValue(GroupMembers.FILED.get(i)));
        }
        String plan = explain.execute().getRows().nextRow().getValue("plan").getString();
        assertTrue(plan.contains("property bnmStatus"), plan);
    }

    @Test
    void theMembersOnlyPartIsForPortalAccountsAndEditingForEditors() throws Exception {
        Session anonymous = BnmContext.anonymous(context);
        assertThrows(ForbiddenException.class, () -> groups.detail(anonymous, "logiciel-metier"));
        assertEquals(3, groups.list(anonymous).size(), "the public part is public");
        assertFalse(groups.canEdit(agent));
        assertTrue(groups.canEdit(editor));
        assertThrows(ForbiddenException.class, () -> groups.addMeeting(agent, "logiciel-metier",
                new GroupData.MeetingInput("2030-03-12T14:00", "Hôtel de la MEL", null, "Choix du SIGB")));
        assertThrows(ForbiddenException.class, () -> groups.addMeeting(instructor, "logiciel-metier",
                new GroupData.MeetingInput("2030-03-12T14:00", "Hôtel de la MEL", null, "Choix du SIGB")));
        assertThrows(ForbiddenException.class, () -> groups.update(agent, "logiciel-metier",
                new GroupData.GroupInput("Autre", "Autre", "1 h")));

        groups.addMeeting(editor, "logiciel-metier", new GroupData.MeetingInput("12/03/2030 14:00", null,
                "https://visio.lillemetropole.fr/sigb", "Choix du SIGB"));
        InvalidRequestException noPlace = assertThrows(InvalidRequestException.class, () -> groups.addMeeting(editor,
                "logiciel-metier", new GroupData.MeetingInput("demain", null, "javascript:alert(1)", null)));
        assertEquals(List.of("/date", "/visioUrl"), noPlace.getErrors().stream().map(e -> e.pointer()).toList());
        GroupData.Meeting meeting = groups.detail(agent, "logiciel-metier").meetings().get(0);
        assertEquals("2030-03-12T14:00:00+01:00", meeting.date());
        assertFalse(meeting.past());

        GroupData.Group added = groups.create(editor, new GroupData.GroupInput("Jeux vidéo en bibliothèque",
                "Prêt et animations.", "environ 2 h par mois"));
        assertEquals("jeux-video-en-bibliotheque", added.slug());
        assertEquals("<p>Prêt et animations.</p>", added.description());
        assertEquals(List.of(), groups.detail(agent, added.slug()).members(), "no dossier code, no member");
    }

    @Test
    void onlyRealDocumentsAreStoredAndServed() throws Exception {
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> groups.addDocument(editor, "logiciel-metier", "compte-rendu.pdf", exe));
        assertEquals(415, refused.getStatus());
        assertTrue(refused.getErrors().get(0).message().startsWith("Ce fichier n'est pas accepté"));
        assertThrows(ForbiddenException.class, () -> groups.addDocument(agent, "logiciel-metier", "cr.pdf",
                DocumentTypeTest.pdf()));

        GroupData.Document stored = groups.addDocument(editor, "logiciel-metier", "Compte rendu.PDF",
                DocumentTypeTest.pdf());
        assertEquals("compte-rendu.pdf", stored.name());
        assertEquals("Compte rendu.PDF", stored.title());
        assertEquals("PDF", stored.typeLabel());
        assertEquals(DocumentTypeTest.pdf().length, stored.size());
        assertEquals("compte-rendu-2.pdf", groups.addDocument(editor, "logiciel-metier", "compte rendu.pdf",
                DocumentTypeTest.pdf()).name());
        assertEquals("application/pdf", groups.document(agent, "logiciel-metier", "compte-rendu.pdf").mimeType());
        assertThrows(ForbiddenException.class, () -> groups.document(BnmContext.anonymous(context),
                "logiciel-metier", "compte-rendu.pdf"));
        groups.removeDocument(editor, "logiciel-metier", "compte-rendu.pdf");
        assertEquals(List.of("compte-rendu-2.pdf"), groups.detail(agent, "logiciel-metier").documents().stream()
                .map(GroupData.Document::name).toList());
    }
}
