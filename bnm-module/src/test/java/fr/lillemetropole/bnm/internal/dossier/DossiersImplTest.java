package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import javax.jcr.AccessDeniedException;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.ReceiptCheck;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.api.dossier.StatusReport;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** The dossier's life through the service, in commune accounts' own sessions. */
@ExtendWith(SlingContextExtension.class)
class DossiersImplTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private Session agent;
    private Session elected;

    @BeforeEach
    void setUp() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry(new TestServiceSessions(context), 30,
                        System::currentTimeMillis), TestServiceSessions.passwords(context));
        accounts.createTenant(melAdmin, new NewTenant("armentieres", "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("lille", "Lille", "commune", null, null));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.a", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.a", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        accounts.createTenantAccount(melAdmin, "lille",
                new NewAccount("agent.l", PASSWORD, "Agent Lille", "agent@lille.fr", "agent"));
        melAdmin.logout();
        dossiers = new DossiersImpl(new TestServiceSessions(context));
        agent = BnmContext.login(context, "agent.a", PASSWORD);
        elected = BnmContext.login(context, "elu.a", PASSWORD);
    }

    @Test
    void theSeedsDossierComesBackEqualAndComplete() throws Exception {
        SaveResult saved = dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        assertEquals("\"1\"", saved.etag());
        assertEquals("draft", saved.status());
        assertTrue(saved.completeness().values().stream().allMatch(s -> s.complete()), saved.toString());
        JSONAssert.assertEquals(Fixtures.armentieres().toString(),
                dossiers.get(agent, CAMPAIGN, "armentieres").document().toString(), JSONCompareMode.STRICT);
    }

    @Test
    void aStaleOrMissingIfMatchLosesNothing() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        ObjectNode edited = Fixtures.armentieres();
        edited.put("motivation", "Deuxième version");
        PreconditionException missing = assertThrows(PreconditionException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", edited, null));
        assertEquals(428, missing.getStatus());
        dossiers.save(elected, CAMPAIGN, "armentieres", edited, "\"1\"");
        ObjectNode stale = Fixtures.armentieres();
        stale.put("motivation", "Version d'un autre onglet");
        PreconditionException conflict = assertThrows(PreconditionException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", stale, "\"1\""));
        assertEquals(412, conflict.getStatus());
        assertEquals("\"2\"", conflict.getCurrentEtag());
        assertEquals("Deuxième version", dossiers.get(agent, CAMPAIGN, "armentieres").document().get("motivation").asText());
    }

    @Test
    void aShapeErrorStoresNothingAndNamesItsPointer() throws Exception {
        ObjectNode bad = Fixtures.armentieres();
        ((ObjectNode) bad.get("libraries").get(0).get("team")).put("fte", "dix-sept");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", bad, null));
        assertEquals(List.of("/libraries/0/team/fte"), e.getErrors().stream().map(FieldError::pointer).distinct()
                .collect(Collectors.toList()));
        assertThrows(NotFoundException.class, () -> dossiers.get(agent, CAMPAIGN, "armentieres"));
    }

    @Test
    void aDraftMayBeIncompleteAndTheReportSaysWhatIsMissing() throws Exception {
        ObjectNode draft = Fixtures.armentieres();
        draft.putNull("motivation");
        SaveResult saved = dossiers.save(agent, CAMPAIGN, "armentieres", draft, null);
        assertFalse(saved.completeness().get("motivation").complete());
        assertEquals("R27", saved.completeness().get("motivation").errors().get(0).rule());
        assertTrue(saved.completeness().get("libraries").complete());
    }

    @Test
    void anotherCommuneNeitherReadsNorWritesTheDossier() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        Session other = BnmContext.login(context, "agent.l", PASSWORD);
        try {
            assertThrows(NotFoundException.class, () -> dossiers.get(other, CAMPAIGN, "armentieres"));
            assertThrows(NotFoundException.class,
                    () -> dossiers.save(other, CAMPAIGN, "armentieres", Fixtures.armentieres(), "\"1\""));
            assertEquals(List.of(), dossiers.list(other, CAMPAIGN));
            assertEquals(List.of("armentieres"), dossiers.list(agent, CAMPAIGN).stream().map(d -> d.tenant())
                    .collect(Collectors.toList()));
        } finally {
            other.logout();
        }
    }

    @Test
    void filingNeedsTheElectedOfficialsSignatureOfTheCurrentVersion() throws Exception {
        dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
        IncompleteException unsigned = assertThrows(IncompleteException.class,
                () -> dossiers.submit(agent, CAMPAIGN, "armentieres"));
        assertEquals("R9", unsigned.getErrors().get(0).rule(), unsigned.getErrors().toString());

        assertThrows(ForbiddenException.class, () -> dossiers.sign(agent, CAMPAIGN, "armentieres"), "an agent cannot sign");
        dossiers.sign(elected, CAMPAIGN, "armentieres");
        ObjectNode changed = Fixtures.armentieres();
        changed.put("motivation", "Changée après signature");
        dossiers.save(agent, CAMPAIGN, "armentieres", changed, "\"1\"");
        IncompleteException voided = assertThrows(IncompleteException.class,
                () -> dossiers.submit(agent, CAMPAIGN, "armentieres"));
        assertTrue(voided.getErrors().get(0).message().contains("signer à nouveau"));

        dossiers.sign(elected, CAMPAIGN, "armentieres");
        Receipt receipt = dossiers.submit(agent, CAMPAIGN, "armentieres");
        assertEquals("armentieres", receipt.tenant());
        assertEquals(CanonicalJson.sha256(changed), receipt.sha256());
        assertEquals(64, receipt.sha256().length());
        assertEquals("agent.a", receipt.submittedBy());
        assertEquals("Sandrine V.", receipt.submittedByName(), "the filer's display name");
        assertEquals(receipt, dossiers.receipt(elected, CAMPAIGN, "armentieres"), "the same receipt read again");

        StatusReport status = dossiers.status(agent, CAMPAIGN, "armentieres");
        assertEquals("submitted", status.status());
        List<String> actions = status.history().stream().map(h -> h.action()).collect(Collectors.toList());
        assertEquals(List.of("dossier.save", "dossier.sign", "dossier.save", "dossier.sign", "dossier.submit"), actions);
        assertEquals("agent.a", status.history().get(0).actor());
        assertTrue(status.history().get(2).changed().contains("/motivation"));
    }

    @Test
    void aFiledDossierCannotBeChanged() throws Exception {
        ObjectNode deliberation = Fixtures.armentieres();
        ((ObjectNode) deliberation.get("validation")).put("mode", "deliberation").put("date", "2022-09-26")
                .put("number", "2022-DEL-117");
        dossiers.save(agent, CAMPAIGN, "armentieres", deliberation, null);
        dossiers.submit(agent, CAMPAIGN, "armentieres");
        assertThrows(ConflictException.class,
                () -> dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), "\"1\""));
        assertThrows(ConflictException.class, () -> dossiers.submit(agent, CAMPAIGN, "armentieres"));
        agent.getNode("/var/bnm/tenants/armentieres/dossiers/ami-bnm-2022").setProperty("bnm:status", "draft");
        assertThrows(AccessDeniedException.class, agent::save, "nor reopened behind the portal's back");
        agent.refresh(false);
        assertFalse(dossiers.canEdit(agent, CAMPAIGN, "armentieres"));
        assertFalse(dossiers.canSign(elected, CAMPAIGN, "armentieres"), "nothing left to sign once filed");
    }

    @Test
    void theReceiptVerifiesUntilTheContentChangesBehindThePortalsBack() throws Exception {
        ObjectNode deliberation = Fixtures.armentieres();
        ((ObjectNode) deliberation.get("validation")).put("mode", "deliberation").put("date", "2022-09-26")
                .put("number", "2022-DEL-117");
        dossiers.save(agent, CAMPAIGN, "armentieres", deliberation, null);
        assertThrows(NotFoundException.class, () -> dossiers.verify(agent, CAMPAIGN, "armentieres"), "not filed yet");
        Receipt receipt = dossiers.submit(agent, CAMPAIGN, "armentieres");
        ReceiptCheck intact = dossiers.verify(agent, CAMPAIGN, "armentieres");
        assertTrue(intact.intact(), intact.message());
        assertEquals(receipt.sha256(), intact.computedSha256());
        assertEquals(receipt.sha256(), intact.journalSha256());

        Session admin = context.resourceResolver().adaptTo(Session.class);
        admin.getNode("/var/bnm/tenants/armentieres/dossiers/ami-bnm-2022/document").setProperty("motivation",
                "Réécrit par l'administrateur technique");
        admin.save();
        agent.refresh(false);
        ReceiptCheck tampered = dossiers.verify(agent, CAMPAIGN, "armentieres");
        assertFalse(tampered.intact());
        assertEquals(receipt.sha256(), tampered.receiptSha256());
        assertTrue(tampered.message().contains("a changé depuis son dépôt"), tampered.message());
    }

    @Test
    void theElectedOfficialOfOneCommuneWhoIsAgentOfAnotherSignsOnlyForTheFirst() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "double.casquette", PASSWORD, "bnm-tenant-armentieres-elected",
                "bnm-tenant-lille-agents");
        Session both = BnmContext.login(context, "double.casquette", PASSWORD);
        try {
            assertTrue(dossiers.canSign(both, CAMPAIGN, "armentieres"));
            assertTrue(dossiers.canEdit(both, CAMPAIGN, "lille"), "an agent of Lille");
            assertFalse(dossiers.canSign(both, CAMPAIGN, "lille"), "but not its elected official");
            dossiers.save(both, CAMPAIGN, "lille", Fixtures.armentieres(), null);
            assertThrows(ForbiddenException.class, () -> dossiers.sign(both, CAMPAIGN, "lille"));
        } finally {
            both.logout();
        }
    }

    @Test
    void onlyTheCommunesAccountsChangeItsDossier() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.instr", PASSWORD, "bnm-mel-instructors");
        Session instructor = BnmContext.login(context, "mel.instr", PASSWORD);
        Session lille = BnmContext.login(context, "agent.l", PASSWORD);
        try {
            dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null);
            assertTrue(dossiers.canEdit(agent, CAMPAIGN, "armentieres"));
            assertTrue(dossiers.canEdit(elected, CAMPAIGN, "armentieres"));
            assertFalse(dossiers.canEdit(instructor, CAMPAIGN, "armentieres"));
            assertTrue(dossiers.canSign(elected, CAMPAIGN, "armentieres"));
            assertFalse(dossiers.canSign(agent, CAMPAIGN, "armentieres"), "the agent does not sign");
            assertFalse(dossiers.canSign(instructor, CAMPAIGN, "armentieres"));
            assertThrows(ForbiddenException.class,
                    () -> dossiers.save(instructor, CAMPAIGN, "armentieres", Fixtures.armentieres(), "\"1\""));
            assertThrows(ForbiddenException.class, () -> dossiers.submit(instructor, CAMPAIGN, "armentieres"));
            assertThrows(NotFoundException.class,
                    () -> dossiers.save(lille, CAMPAIGN, "armentieres", Fixtures.armentieres(), "\"1\""));
        } finally {
            instructor.logout();
            lille.logout();
        }
    }
}
