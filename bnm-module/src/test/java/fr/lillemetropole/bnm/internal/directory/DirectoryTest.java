package fr.lillemetropole.bnm.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.Session;
import javax.jcr.Value;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

/** The directory follows the instructors' decisions, shows only public fields, and keeps editors' corrections. */
@ExtendWith(SlingContextExtension.class)
class DirectoryTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";
    private static final String SLUG = "mediatheque-l-albatros-armentieres";

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private InstructionImpl instruction;
    private Directory directory;
    private DossierEvents listeners;
    private Session agent;
    private Session elected;
    private Session instructor;
    private Session editor;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "editeur", PASSWORD, "bnm-mel-editors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        accounts.createTenant(melAdmin, new NewTenant("armentieres", "Armentières", "commune", null, null));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.a", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.a", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        melAdmin.logout();
        directory = new Directory(new TestServiceSessions(context));
        listeners = new DossierEvents();
        listeners.add(directory);
        dossiers = new DossiersImpl(new TestServiceSessions(context), listeners);
        instruction = new InstructionImpl(new TestServiceSessions(context), listeners,
                fr.lillemetropole.bnm.testing.Dictionary.provider());
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        elected = BnmContext.login(context, "elu.a", PASSWORD);
        instructor = BnmContext.login(context, "instructeur", PASSWORD);
        editor = BnmContext.login(context, "editeur", PASSWORD);
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
    }

    private void file() throws Exception {
        dossiers.sign(elected, CAMPAIGN, "armentieres");
        dossiers.submit(agent, CAMPAIGN, "armentieres");
        instruction.transition(instructor, CAMPAIGN, "armentieres", "in_review", null, null);
    }

    private void accept() throws Exception {
        file();
        instruction.transition(instructor, CAMPAIGN, "armentieres", "accepted", null, null);
    }

    private List<PublicLibrary> published() throws Exception {
        Session anonymous = BnmContext.anonymous(context);
        try {
            return Directory.read(anonymous).libraries();
        } finally {
            anonymous.logout();
        }
    }

    @Test
    void anAcceptedDossierPublishesItsLibrariesWithPublicFieldsOnly() throws Exception {
        assertEquals(List.of(), published());
        accept();
        List<PublicLibrary> libraries = published();
        assertEquals(1, libraries.size());
        PublicLibrary library = libraries.get(0);
        assertEquals(SLUG, library.slug());
        assertEquals("Médiathèque L'Albatros", library.name());
        assertEquals("ARMENTIERES", library.commune());
        assertEquals("5 rue Paul Pouchain", library.address());
        assertEquals(27.0, library.openingHoursPerWeek());
        assertEquals(List.of("wifi", "tablets", "digital_advisors", "rfid"), library.services(),
                "no e-reader (0), no return box (NON)");
        assertEquals(PublicLibrary.COMMITMENTS, library.commitments());

        Session admin = context.resourceResolver().adaptTo(Session.class);
        Node node = admin.getNode(Projection.ROOT + "/" + SLUG);
        String everything = values(node);
        for (String secret : List.of("VANSTEELANT", "Sandrine", "albatros@", "MONPAYS", "Jean-Michel", "jmmonpays")) {
            assertFalse(everything.contains(secret), secret + " in " + everything);
        }
        assertTrue(admin.getNode(Projection.ROOT).hasProperty("bnm:updatedAt"), "the data's date");
    }

    @Test
    void aReturnedOrRejectedDossierKeepsItsLibrariesOut() throws Exception {
        file();
        instruction.transition(instructor, CAMPAIGN, "armentieres", "returned", "Le budget manque.", null);
        assertEquals(List.of(), published());
        file();
        instruction.transition(instructor, CAMPAIGN, "armentieres", "rejected", "Hors critères.", null);
        assertEquals(List.of(), published());
    }

    @Test
    void theStartUpReconciliationHealsAMissedEventAndIsIdempotent() throws Exception {
        DossierEvents deaf = new DossierEvents();
        InstructionImpl unheard = new InstructionImpl(new TestServiceSessions(context), deaf,
                fr.lillemetropole.bnm.testing.Dictionary.provider());
        file();
        unheard.transition(instructor, CAMPAIGN, "armentieres", "accepted", null, null);
        assertEquals(List.of(), published(), "the event was missed");
        assertTrue(directory.reconcile());
        assertEquals(1, published().size());
        Session anonymous = BnmContext.anonymous(context);
        java.time.Instant date = Directory.read(anonymous).updatedAt();
        anonymous.logout();
        assertFalse(directory.reconcile(), "nothing to change");
        anonymous = BnmContext.anonymous(context);
        assertEquals(date, Directory.read(anonymous).updatedAt(), "the data's date moves only with the data");
        anonymous.logout();
    }

    @Test
    void editorsHideAndDescribeALibraryWithoutTouchingTheDossier() throws Exception {
        accept();
        assertThrows(ForbiddenException.class, () -> directory.correct(agent, SLUG, true, null));
        assertThrows(ForbiddenException.class, () -> directory.correct(instructor, SLUG, true, null));
        assertThrows(InvalidRequestException.class, () -> directory.correct(editor, SLUG, null, "x".repeat(2001)));
        assertThrows(fr.lillemetropole.bnm.api.NotFoundException.class,
                () -> directory.correct(editor, "inconnue", true, null));
        assertThrows(fr.lillemetropole.bnm.api.NotFoundException.class,
                () -> directory.correct(editor, "x:y[1]", true, null), "a name that is no slug is not looked up");

        directory.correct(editor, SLUG, null, "La plus grande médiathèque de la Lys.");
        assertEquals("La plus grande médiathèque de la Lys.", published().get(0).description());

        directory.correct(editor, SLUG, true, null);
        assertEquals(List.of(), published(), "hidden: not projected at all");
        assertEquals(List.of(new Directory.Hidden(SLUG, "Médiathèque L'Albatros", "ARMENTIERES")),
                Directory.hidden(editor));
        assertEquals(List.of(), Directory.hidden(agent), "communes do not read the corrections");
        directory.reconcile();
        assertEquals(List.of(), published(), "the correction outlives a reconciliation");

        directory.correct(editor, SLUG, false, null);
        assertEquals(1, published().size());
        assertEquals("La plus grande médiathèque de la Lys.", published().get(0).description());
        assertEquals("Médiathèque L'Albatros", dossiers.get(agent, CAMPAIGN, "armentieres").document()
                .at("/libraries/0/presentation/name").asText(), "the dossier is untouched");
    }

    private static String values(Node node) throws Exception {
        List<String> values = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (property.isMultiple()) {
                for (Value value : property.getValues()) {
                    values.add(value.getString());
                }
            } else {
                values.add(property.getString());
            }
        }
        return String.join(" | ", values);
    }
}
