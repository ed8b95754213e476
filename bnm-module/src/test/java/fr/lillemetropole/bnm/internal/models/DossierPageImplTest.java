package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Session;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.jcr.resource.api.JcrResourceConstants;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.dossier.DossiersImpl;
import fr.lillemetropole.bnm.internal.dossier.Fixtures;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.models.DossierPage;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/** The dossier's pages as each account sees them: what it may do, what is missing, what it typed. */
@ExtendWith(SlingContextExtension.class)
class DossierPageImplTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    private static final String CAMPAIGN = "ami-bnm-2022";

    private final SlingContext context = BnmContext.create();
    private DossiersImpl dossiers;
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        dossiers = new DossiersImpl(new TestServiceSessions(context));
        context.registerService(Accounts.class, accounts);
        context.registerService(Dossiers.class, dossiers);
        context.registerService(fr.lillemetropole.bnm.api.instruction.Instruction.class,
                new fr.lillemetropole.bnm.internal.instruction.InstructionImpl(new TestServiceSessions(context),
                        new fr.lillemetropole.bnm.internal.dossier.DossierEvents(), fr.lillemetropole.bnm.testing.Dictionary.provider()));
        context.addModelsForClasses(DossierPageImpl.class);
        context.registerService(org.apache.sling.i18n.ResourceBundleProvider.class, Dictionary.provider(),
                "service.ranking", Integer.MAX_VALUE);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        Fixtures.campaign(admin, CAMPAIGN);
        javax.jcr.Node bnm = admin.getNode("/content/bnm");
        (bnm.hasNode("espace-commune") ? bnm.getNode("espace-commune") : bnm.addNode("espace-commune", "nt:unstructured"))
                .addNode("dossier", "nt:unstructured");
        admin.save();
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        accounts.createTenant(melAdmin, new NewTenant("armentieres", "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("lille", "Lille", "commune", null, null));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.a", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.a", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        accounts.addTenantMember(melAdmin, "lille", "elu.a", "agent");
        melAdmin.logout();
    }

    @AfterEach
    void tearDown() {
        if (resolver != null) {
            resolver.close();
        }
    }

    @Test
    void theSummaryListsTheSectionsInTheFormsOrderWithTheLibrariesRulesOnTheirList() throws Exception {
        DossierPage page = page("agent.a", "armentieres", null);
        assertTrue(page.isFound());
        assertEquals("AMI", page.getCampaignTitle(), "the breadcrumb names the campaign, not its id");
        assertEquals(List.of("presentation", "libraries", "library-0", "motivation", "commitments", "objectives",
                "engagement", "signature"), page.getSections().stream().map(DossierPage.SectionItem::getId).toList());
        DossierPage.SectionItem libraries = page.getSections().get(1);
        assertFalse(libraries.isPage());
        assertEquals("Volet 1 — Les bibliothèques du dossier", libraries.getTitle());
        assertTrue(libraries.getMissing().stream().allMatch(m -> m.getUrl().endsWith("#libs")),
                "rules about the libraries as a whole link to their list, which exists on this page");
        assertEquals("Volet 1 — Bibliothèque 1", page.getSections().get(2).getTitle());
        assertTrue(page.isEditable());
        assertTrue(page.isCanSubmit());
        assertFalse(page.isCanSign(), "an agent does not sign");
    }

    @Test
    void theElectedOfficialOfOneCommuneWhoIsAnAgentOfAnotherSignsOnlyHisOwn() throws Exception {
        assertTrue(page("elu.a", "armentieres", null).isCanSign());
        DossierPage other = page("elu.a", "lille", null);
        assertTrue(other.isFound());
        assertFalse(other.isCanSign(), "no « Valider et signer » on Lille's dossier");
        assertTrue(other.isCanSubmit());
    }

    @Test
    void aRefusedValueComesBackAsTypedWithItsErrorOnItsField() throws Exception {
        Session agent = BnmContext.login(context, "agent.a", PASSWORD);
        String etag = dossiers.save(agent, CAMPAIGN, "armentieres", Fixtures.armentieres(), null).etag();
        ObjectNode typed = dossiers.get(agent, CAMPAIGN, "armentieres").document();
        typed.with("electedOfficial").put("email", "jm.monpays@ville");
        dossiers.saveDraft(agent, CAMPAIGN, "armentieres", typed, List.of("/applicant", "/electedOfficial",
                "/projectLead", "/validation"), etag);

        DossierPage page = page("agent.a", "armentieres", "presentation");
        FieldView email = field(page, "/electedOfficial/email");
        assertEquals("jm.monpays@ville", email.getValue());
        assertTrue(email.isInvalid());
        assertTrue(email.getDescribedBy().contains(email.getErrorId()));
        assertEquals(1, page.getPendingCount());
        assertEquals("Objectifs et niveau d'importance", page.getSections().stream()
                .filter(s -> s.getId().equals("objectives")).findFirst().orElseThrow().getTitle());
        assertNull(page.getOk(), "no message without a flash");
    }

    @Test
    void theNetworkDetailsMatterOnlyForANetwork() throws Exception {
        DossierPage page = page("agent.a", "armentieres", "presentation");
        FieldView network = field(page, "/applicant/network");
        assertEquals("/applicant/kind", network.getShownWhen());
        assertEquals("network", network.getShownFor());
        assertEquals("« Type de candidature » : Réseau de bibliothèques", network.getShownCondition());
    }

    private DossierPage page(String login, String tenant, String section) throws Exception {
        Session session = BnmContext.login(context, login, PASSWORD);
        resolver = context.getService(ResourceResolverFactory.class).getResourceResolver(
                Map.of(JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setResource(resolver.getResource("/content/bnm/espace-commune/dossier"));
        Map<String, Object> params = new java.util.HashMap<>(Map.of("c", CAMPAIGN, "t", tenant));
        if (section != null) {
            params.put("s", section);
        }
        request.setParameterMap(params);
        request.setLocale(Locale.FRENCH);
        return request.adaptTo(DossierPage.class);
    }

    private static FieldView field(DossierPage page, String pointer) {
        for (DossierPage.FormPart part : page.getParts()) {
            for (Object field : part.getFields()) {
                FieldView found = find((FieldView) field, pointer);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no field " + pointer);
    }

    private static FieldView find(FieldView field, String pointer) {
        if (field.getName().equals(pointer)) {
            return field;
        }
        for (FieldView child : field.getChildren()) {
            FieldView found = find(child, pointer);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
