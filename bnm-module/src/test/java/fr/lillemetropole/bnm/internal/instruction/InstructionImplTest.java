package fr.lillemetropole.bnm.internal.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.instruction.FieldChange;
import fr.lillemetropole.bnm.api.instruction.QueuePage;
import fr.lillemetropole.bnm.api.instruction.QueueQuery;
import fr.lillemetropole.bnm.api.instruction.StatusChange;
import fr.lillemetropole.bnm.api.instruction.TransitionException;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.dossier.DossierEventListener;
import fr.lillemetropole.bnm.internal.dossier.DossierEvents;
import fr.lillemetropole.bnm.internal.dossier.DossiersImpl;
import fr.lillemetropole.bnm.internal.dossier.Fixtures;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/** A filed dossier through the instructors' hands: moves, comments, notes, messages, a correction round. */
@ExtendWith(SlingContextExtension.class)
class InstructionImplTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";

    private final SlingContext context = BnmContext.create();
    private final List<String> events = new ArrayList<>();
    private DossiersImpl dossiers;
    private InstructionImpl instruction;
    private Session agent;
    private Session elected;
    private Session instructor;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "instructrice", PASSWORD, "bnm-mel-instructors");
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
        DossierEvents listeners = new DossierEvents();
        listeners.add((tenant, campaign, event, comment, sha) -> events.add(tenant + " " + event
                + (comment == null ? "" : " « " + comment + " »")));
        dossiers = new DossiersImpl(new TestServiceSessions(context), listeners);
        instruction = new InstructionImpl(new TestServiceSessions(context), listeners,
                fr.lillemetropole.bnm.testing.Dictionary.provider());
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        elected = BnmContext.login(context, "elu.a", PASSWORD);
        instructor = BnmContext.login(context, "instructeur", PASSWORD);
    }

    private void file() throws Exception {
        DossierVersion current = dossiers.get(agent, CAMPAIGN, "armentieres");
        dossiers.sign(elected, CAMPAIGN, "armentieres");
        dossiers.submit(agent, CAMPAIGN, "armentieres");
        assertTrue(current != null);
    }

    @Test
    void aCorrectionRoundEndsAccepted() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        file();
        StatusChange review = instruction.transition(instructor, CAMPAIGN, "armentieres", "in_review", null, null);
        assertEquals(List.of("accepted", "rejected", "returned"), review.allowed());

        InvalidRequestException noComment = assertThrows(InvalidRequestException.class,
                () -> instruction.transition(instructor, CAMPAIGN, "armentieres", "returned", " ", null));
        assertEquals("/comment", noComment.getErrors().get(0).pointer());
        instruction.transition(instructor, CAMPAIGN, "armentieres", "returned", "Le budget 2021 manque.", null);
        assertTrue(dossiers.canEdit(agent, CAMPAIGN, "armentieres"), "a returned dossier is editable again");

        ObjectNode corrected = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        ((ObjectNode) corrected.at("/libraries/0/budget")).put("physicalAcquisitions", 31000);
        dossiers.save(agent, CAMPAIGN, "armentieres", corrected, dossiers.get(agent, CAMPAIGN, "armentieres").etag());
        assertThrows(fr.lillemetropole.bnm.api.dossier.IncompleteException.class,
                () -> dossiers.submit(agent, CAMPAIGN, "armentieres"), "changed content: the élu signs again");
        file();

        assertEquals(2, instruction.filings(agent, CAMPAIGN, "armentieres").size(), "the earlier filing stays");
        assertEquals(Fixtures.armentieres().at("/libraries/0/budget/physicalAcquisitions"),
                instruction.filedVersion(agent, CAMPAIGN, "armentieres", 1).at("/libraries/0/budget/physicalAcquisitions"));
        List<FieldChange> changes = instruction.changesSincePreviousFiling(instructor, CAMPAIGN, "armentieres");
        assertEquals(List.of("/libraries/0/budget/physicalAcquisitions"), changes.stream().map(FieldChange::pointer).toList());
        assertEquals("« 31000 »", changes.get(0).after());

        instruction.transition(instructor, CAMPAIGN, "armentieres", "in_review", null, null);
        instruction.transition(instructor, CAMPAIGN, "armentieres", "accepted", "Bienvenue dans la BNM.", null);
        TransitionException done = assertThrows(TransitionException.class,
                () -> instruction.transition(instructor, CAMPAIGN, "armentieres", "rejected", "Non.", null));
        assertEquals(List.of(), done.getAllowed());
        assertEquals(List.of("armentieres FILED", "armentieres IN_REVIEW",
                "armentieres RETURNED « Le budget 2021 manque. »", "armentieres FILED", "armentieres IN_REVIEW",
                "armentieres ACCEPTED « Bienvenue dans la BNM. »"), events);
    }

    @Test
    void anIllegalMoveNamesTheAllowedOnesAndAStaleOneIsRefused() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        file();
        TransitionException early = assertThrows(TransitionException.class,
                () -> instruction.transition(instructor, CAMPAIGN, "armentieres", "accepted", null, null));
        assertEquals(List.of("in_review", "returned"), early.getAllowed());
        assertTrue(early.getMessage().contains("« En instruction »"), early.getMessage());

        String seen = dossiers.get(instructor, CAMPAIGN, "armentieres").etag();
        Session other = BnmContext.login(context, "instructrice", PASSWORD);
        instruction.transition(other, CAMPAIGN, "armentieres", "in_review", null, seen);
        assertThrows(fr.lillemetropole.bnm.api.dossier.PreconditionException.class,
                () -> instruction.transition(instructor, CAMPAIGN, "armentieres", "returned", "À revoir.", seen),
                "the second instructor acting on what they saw gets 412, never a silent overwrite");
        assertThrows(ConflictException.class,
                () -> instruction.transition(instructor, CAMPAIGN, "armentieres", "in_review", null, null));
    }

    @Test
    void notesAreTheInstructorsOnlyAndMessagesReachTheCommune() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        instruction.addNote(instructor, CAMPAIGN, "armentieres", "Budget à vérifier avec la DGS.");
        instruction.addMessage(instructor, CAMPAIGN, "armentieres", "Pouvez-vous préciser vos horaires ?");

        assertEquals("Budget à vérifier avec la DGS.",
                instruction.notes(instructor, CAMPAIGN, "armentieres").get(0).text());
        assertThrows(ForbiddenException.class, () -> instruction.notes(agent, CAMPAIGN, "armentieres"));
        assertFalse(agent.nodeExists(Entries.notesPath("armentieres", CAMPAIGN)), "the repository hides them");
        assertFalse(agent.nodeExists(Entries.NOTES_ROOT));
        assertThrows(ForbiddenException.class,
                () -> instruction.addNote(agent, CAMPAIGN, "armentieres", "Je m'ajoute une note."));

        assertEquals("Pouvez-vous préciser vos horaires ?",
                instruction.messages(agent, CAMPAIGN, "armentieres").get(0).text());
        assertEquals("instructeur", instruction.messages(agent, CAMPAIGN, "armentieres").get(0).author());
        assertThrows(NotFoundException.class, () -> instruction.messages(BnmContext.login(context, "agent.l", PASSWORD),
                CAMPAIGN, "armentieres"), "another commune sees nothing");
    }

    @Test
    void theQueueShowsTabsSearchAndPages() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        file();
        ObjectNode lille = Fixtures.armentieres();
        dossiers.save(BnmContext.login(context, "agent.l", PASSWORD), CAMPAIGN, "lille", lille, null);

        QueuePage todo = instruction.queue(instructor, CAMPAIGN, new QueueQuery("todo", null, false, null, 1, 10));
        assertEquals(List.of("armentieres"), todo.items().stream().map(i -> i.tenant()).toList());
        assertEquals("Armentières", todo.items().get(0).tenantName());
        assertEquals(1, todo.items().get(0).libraries());
        assertEquals(1, todo.tabs().get("drafts"));
        assertEquals(0, instruction.queue(instructor, CAMPAIGN, new QueueQuery("drafts", "armen", false, null, 1, 10))
                .total());
        assertEquals(1, instruction.queue(instructor, CAMPAIGN, new QueueQuery("drafts", "LIL", false, null, 1, 10))
                .total());
        instruction.assignToMe(instructor, CAMPAIGN, "armentieres");
        assertEquals(1, instruction.queue(instructor, CAMPAIGN, new QueueQuery("todo", null, true, null, 1, 10)).total());
        assertEquals(0, instruction.queue(instructor, CAMPAIGN, new QueueQuery("todo", null, false, null, 2, 1))
                .items().size(), "page 2 of one");
        assertThrows(ForbiddenException.class,
                () -> instruction.queue(agent, CAMPAIGN, new QueueQuery("todo", null, false, null, 1, 10)));
    }

    @Test
    void aNewCampaignsDossierStartsFromLastYearsFiledOne() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        file();
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, "ami-bnm-2023");
        assertEquals(CAMPAIGN, dossiers.previousFiled(agent, "ami-bnm-2023", "armentieres"));
        assertEquals(null, dossiers.previousFiled(BnmContext.login(context, "agent.l", PASSWORD), "ami-bnm-2023",
                "lille"), "Lille filed nothing");

        dossiers.startFromPrevious(agent, "ami-bnm-2023", "armentieres");

        ObjectNode started = dossiers.get(agent, "ami-bnm-2023", "armentieres").document();
        assertEquals("ami-bnm-2023", started.path("campaign").asText());
        assertEquals(2022, started.at("/libraries/0/dataYear").asInt());
        assertEquals(Fixtures.armentieres().at("/libraries/0/presentation/name"),
                started.at("/libraries/0/presentation/name"), "the presentation is kept");
        assertTrue(started.at("/libraries/0/team/fte").isNull(), "the data year's figures are to type again");
        assertEquals("draft", dossiers.get(agent, "ami-bnm-2023", "armentieres").status());
        assertThrows(ConflictException.class, () -> dossiers.startFromPrevious(agent, "ami-bnm-2023", "armentieres"));
    }

    @Test
    void afterTheClosingDateFilingIsRefusedUntilADossierIsReopened() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        java.util.Calendar closed = java.util.Calendar.getInstance();
        closed.add(java.util.Calendar.DAY_OF_MONTH, -1);
        admin.getNode("/var/bnm/campaigns/" + CAMPAIGN).setProperty("bnm:closesAt", closed);
        admin.save();
        dossiers.sign(elected, CAMPAIGN, "armentieres");
        ConflictException late = assertThrows(ConflictException.class,
                () -> dossiers.submit(agent, CAMPAIGN, "armentieres"));
        assertTrue(late.getMessage().startsWith("La campagne est close depuis le "), late.getMessage());

        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1).toString();
        instruction.reopen(instructor, CAMPAIGN, "armentieres", tomorrow, "Délai accordé après l'appel du maire.");
        dossiers.submit(agent, CAMPAIGN, "armentieres");
        assertEquals("submitted", dossiers.get(agent, CAMPAIGN, "armentieres").status());
        assertTrue(events.contains("armentieres REOPENED « Délai accordé après l'appel du maire. »"));
    }
}
