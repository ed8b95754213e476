package fr.lillemetropole.bnm.internal.dossier;

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

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PendingValue;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** The form's save: a refused value never stops the rest of the page, and is kept as typed until corrected. */
@ExtendWith(SlingContextExtension.class)
class DraftSaveTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";
    private static final List<String> PRESENTATION = List.of("/applicant", "/electedOfficial", "/projectLead",
            "/validation");

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private Session agent;
    private String etag;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry(new TestServiceSessions(context),
                        30, System::currentTimeMillis), TestServiceSessions.passwords(context));
        accounts.createTenant(melAdmin, new NewTenant("armentieres", "Armentières", "commune", null, null));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.a", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        melAdmin.logout();
        dossiers = new DossiersImpl(new TestServiceSessions(context));
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        etag = dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null).etag();
    }

    @Test
    void aWrongEmailIsKeptAsTypedWhileEveryOtherValueOfThePageIsSaved() throws Exception {
        ObjectNode page = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        page.with("electedOfficial").put("email", "jm.monpays@ville-armentieres");
        page.with("electedOfficial").put("firstName", "Jean-Michel Henri");
        page.with("projectLead").put("position", "Directrice de la médiathèque");

        SaveResult saved = dossiers.saveDraft(agent, CAMPAIGN, "armentieres", page, PRESENTATION, etag);

        ObjectNode stored = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        assertEquals("Jean-Michel Henri", stored.at("/electedOfficial/firstName").asText());
        assertEquals("Directrice de la médiathèque", stored.at("/projectLead/position").asText());
        assertEquals("jmmonpays@ville-armentieres.fr", stored.at("/electedOfficial/email").asText(),
                "the refused value does not replace the stored one");
        assertEquals(List.of("/electedOfficial/email"), saved.refused().stream().map(FieldError::pointer).toList());
        List<PendingValue> pending = dossiers.pending(agent, CAMPAIGN, "armentieres");
        assertEquals(1, pending.size());
        assertEquals("jm.monpays@ville-armentieres", pending.get(0).value().asText(), "kept exactly as typed");
        assertTrue(pending.get(0).message().contains("Adresse e-mail") || pending.get(0).message().contains("e-mail"),
                pending.get(0).message());
        assertFalse(saved.completeness().get("presentation").complete(), "the refused value is still to correct");
    }

    @Test
    void correctingTheFieldClearsWhatWasPendingAndFilingWaitsForIt() throws Exception {
        ObjectNode page = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        page.with("electedOfficial").put("email", "pas-une-adresse");
        SaveResult first = dossiers.saveDraft(agent, CAMPAIGN, "armentieres", page, PRESENTATION, etag);

        IncompleteException refused = assertThrows(IncompleteException.class,
                () -> dossiers.submit(agent, CAMPAIGN, "armentieres"));
        assertTrue(refused.getErrors().stream().anyMatch(e -> e.pointer().equals("/electedOfficial/email")));

        page.with("electedOfficial").put("email", "jm.monpays@ville-armentieres.fr");
        SaveResult second = dossiers.saveDraft(agent, CAMPAIGN, "armentieres", page, PRESENTATION, first.etag());
        assertTrue(second.refused().isEmpty());
        assertTrue(dossiers.pending(agent, CAMPAIGN, "armentieres").isEmpty());
        assertEquals("jm.monpays@ville-armentieres.fr",
                dossiers.get(agent, CAMPAIGN, "armentieres").document().at("/electedOfficial/email").asText());
    }

    @Test
    void anotherPageKeepsItsPendingValueWhenThisPageIsSaved() throws Exception {
        ObjectNode page = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        page.with("electedOfficial").put("email", "pas-une-adresse");
        String next = dossiers.saveDraft(agent, CAMPAIGN, "armentieres", page, PRESENTATION, etag).etag();

        ObjectNode other = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        other.put("motivation", "Une motivation revue.");
        dossiers.saveDraft(agent, CAMPAIGN, "armentieres", other, List.of("/motivation"), next);

        assertEquals(List.of("/electedOfficial/email"),
                dossiers.pending(agent, CAMPAIGN, "armentieres").stream().map(PendingValue::pointer).toList());
    }

    @Test
    void aSaveFromAnOlderVersionChangesNothingAndKeepsTheDifferingFieldsWithTheStoredValue() throws Exception {
        ObjectNode colleague = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        colleague.with("projectLead").put("phone", "03 61 76 04 59");
        dossiers.saveDraft(agent, CAMPAIGN, "armentieres", colleague, PRESENTATION, etag);

        ObjectNode mine = Fixtures.armentieres();
        mine.with("projectLead").put("position", "Directrice adjointe");
        PreconditionException conflict = assertThrows(PreconditionException.class,
                () -> dossiers.saveDraft(agent, CAMPAIGN, "armentieres", mine, PRESENTATION, etag));
        assertEquals(412, conflict.getStatus());

        ObjectNode stored = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        assertEquals("03 61 76 04 59", stored.at("/projectLead/phone").asText(), "the colleague's change stays");
        assertEquals("Directrice", stored.at("/projectLead/position").asText());
        List<PendingValue> pending = dossiers.pending(agent, CAMPAIGN, "armentieres");
        assertEquals(List.of("/projectLead/phone", "/projectLead/position"),
                pending.stream().map(PendingValue::pointer).sorted().toList());
        PendingValue phone = pending.stream().filter(p -> p.pointer().equals("/projectLead/phone")).findFirst()
                .orElseThrow();
        assertTrue(phone.message().contains("« 03 61 76 04 59 »"), phone.message());
    }

    @Test
    void removingALibraryMovesThePendingValuesOfTheNextOnes() throws Exception {
        dossiers.addLibrary(agent, CAMPAIGN, "armentieres", etag);
        String current = dossiers.get(agent, CAMPAIGN, "armentieres").etag();
        ObjectNode page = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        ((ObjectNode) page.at("/libraries/1/presentation")).put("portalUrl", "pas une adresse");
        current = dossiers.saveDraft(agent, CAMPAIGN, "armentieres", page, List.of("/libraries/1"), current).etag();
        assertEquals(List.of("/libraries/1/presentation/portalUrl"),
                dossiers.pending(agent, CAMPAIGN, "armentieres").stream().map(PendingValue::pointer).toList());

        dossiers.removeLibrary(agent, CAMPAIGN, "armentieres", 0, current);

        assertEquals(List.of("/libraries/0/presentation/portalUrl"),
                dossiers.pending(agent, CAMPAIGN, "armentieres").stream().map(PendingValue::pointer).toList());
        assertEquals(1, dossiers.get(agent, CAMPAIGN, "armentieres").document().path("libraries").size());
    }

    @Test
    void theWholeDocumentSaveOfTheApiStaysStrict() throws Exception {
        ObjectNode document = Fixtures.armentieres();
        document.with("electedOfficial").put("email", "pas-une-adresse");
        assertThrows(fr.lillemetropole.bnm.api.InvalidRequestException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", document, etag));
        assertEquals("jmmonpays@ville-armentieres.fr",
                dossiers.get(agent, CAMPAIGN, "armentieres").document().at("/electedOfficial/email").asText());
    }
}
