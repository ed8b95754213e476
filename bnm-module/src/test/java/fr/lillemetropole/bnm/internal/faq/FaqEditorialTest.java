package fr.lillemetropole.bnm.internal.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EditorialEntry;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EntryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.MoveInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicEntry;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** Drafts stay out of the public copy; publishing copies, unpublishing removes; only MEL editors and admins edit. */
@ExtendWith(SlingContextExtension.class)
class FaqEditorialTest {

    private static final String PASSWORD = "mot-de-passe-2023";

    private final SlingContext context = BnmContext.create();
    private FaqEditorial faq;
    private Session editor;
    private Session admin;

    @BeforeEach
    void setUp() throws Exception {
        TestServiceSessions services = new TestServiceSessions(context);
        faq = new FaqEditorial(services);
        admin = context.resourceResolver().adaptTo(Session.class);
        admin.getNode("/content/bnm").addNode("faq", "bnm:Page");
        admin.save();
        BnmContext.user(admin, "mel.editeur", PASSWORD, "bnm-mel-editors");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "agent.lille", PASSWORD, "bnm-tenants");
        editor = BnmContext.login(context, "mel.editeur", PASSWORD);
        assertTrue(FaqSeeder.seed(services));
    }

    @Test
    void theSeedPublishesTheFirstEntriesInBothCopies() throws Exception {
        List<String> published = FaqPublic.read(admin).categories().stream()
                .flatMap(c -> c.entries().stream()).map(PublicEntry::id).toList();
        assertTrue(published.containsAll(List.of("qui", "reseau", "validation", "cout", "groupes", "calendrier-sigb",
                "double-sso", "recherche-federee")), published.toString());
        assertEquals(List.of("candidature", "engagement", "outils"),
                faq.list(editor).stream().map(FaqRecords.EditorialCategory::id).toList());
        assertTrue(FaqSeeder.seed(new TestServiceSessions(context)), "a second start changes nothing");
        assertEquals(published.size(), FaqPublic.read(admin).categories().stream()
                .mapToInt(c -> c.entries().size()).sum());
    }

    @Test
    void aDraftIsPublishedThenEditedThenUnpublished() throws Exception {
        EditorialEntry draft = faq.create(editor, new EntryInput("outils", "Quand ouvrent les bibliothèques ?",
                "<p>Le <strong>samedi</strong><script>alert(1)</script></p>", "horaires, samedi"));
        assertEquals("draft", draft.status());
        assertEquals("<p>Le <strong>samedi</strong></p>", draft.answer());
        assertFalse(admin.nodeExists(FaqNodes.PUBLIC + "/outils/" + draft.id()), "a draft has no public copy");

        faq.publish(editor, draft.id());
        String path = FaqNodes.PUBLIC + "/outils/" + draft.id();
        assertEquals("<p>Le <strong>samedi</strong></p>", admin.getNode(path).getProperty("bnm:answer").getString());
        assertFalse(admin.getNode(path).hasProperty("bnm:updatedBy"), "the public copy never says who edited");

        EditorialEntry edited = faq.update(editor, draft.id(), new EntryInput("outils",
                "Quand ouvrent les bibliothèques ?", "Le dimanche", "horaires"));
        assertTrue(edited.changesToPublish());
        assertEquals("<p>Le <strong>samedi</strong></p>", admin.getNode(path).getProperty("bnm:answer").getString(),
                "the public copy stays as published until published again");

        faq.unpublish(editor, draft.id());
        assertFalse(admin.nodeExists(path));
        assertEquals(List.of("created", "published", "edited", "unpublished"),
                faq.history(editor, draft.id()).stream().map(FaqRecords.HistoryItem::action).toList());
        assertEquals("mel.editeur", faq.history(editor, draft.id()).get(2).actor());
        assertEquals(List.of("answer", "tags"), faq.history(editor, draft.id()).get(2).changed());
    }

    @Test
    void movingAnEntryReordersBothCopies() throws Exception {
        faq.move(editor, "reseau", new MoveInput("up"));
        List<String> order = FaqPublic.read(admin).categories().get(0).entries().stream().map(PublicEntry::id).toList();
        assertEquals(List.of("reseau", "qui"), order.subList(0, 2));
        assertThrows(InvalidRequestException.class, () -> faq.move(editor, "qui", new MoveInput("sideways")));
    }

    @Test
    void onlyMelEditorsAndAdminsEdit() throws Exception {
        for (String login : new String[] {"mel.instructeur", "agent.lille"}) {
            Session other = BnmContext.login(context, login, PASSWORD);
            assertThrows(ForbiddenException.class, () -> faq.list(other), login);
            assertThrows(ForbiddenException.class, () -> faq.create(other, new EntryInput("outils", "Q ?", "R", "")),
                    login);
            assertThrows(ForbiddenException.class, () -> faq.publish(other, "qui"), login);
        }
    }

    @Test
    void badInputNamesItsFields() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> faq.create(editor, new EntryInput("", " ", "<script>x</script>", "")));
        assertEquals(List.of("/question", "/answer", "/category"),
                e.getErrors().stream().map(fr.lillemetropole.bnm.api.FieldError::pointer).toList());
        assertTrue(e.getErrors().get(0).message().contains("question"));
        assertThrows(InvalidRequestException.class,
                () -> faq.create(editor, new EntryInput("inconnue", "Q ?", "R", "")));
    }

    @Test
    void searchWordsCannotCarryFullTextOperators() {
        assertEquals("bibliothèques sigb or", FaqPublic.expression("  Bibliothèques -SIGB \"OR\" "),
                "lower case: OR is a word, not the operator");
        assertEquals("", FaqPublic.expression("*"));
    }
}
