package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.jcr.NodeIterator;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.models.AdminTenantPage;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/** One tenant's administration page as a MEL admin sees it, from the content of models/commune-area.json. */
@ExtendWith(SlingContextExtension.class)
class AdminTenantPageImplTest {

    private static final String PASSWORD = "mot-de-passe-2022";

    private final SlingContext context = BnmContext.create();
    private Session melAdmin;
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        AccountsImpl accounts = new AccountsImpl(new TestServiceSessions(context),
                new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        context.registerService(Accounts.class, accounts);
        Dictionary.serveIn(context);
        context.addModelsForClasses(AdminTenantPageImpl.class);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        accounts.createTenant(melAdmin, new NewTenant(null, "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant(null, "Lille", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("reseau-lys", "Réseau Lys", "network",
                List.of("Comines", "Wervicq-Sud"), "Comines"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.armentieres", PASSWORD, "Sandrine Vansteelant", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.armentieres", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        accounts.addTenantMember(melAdmin, "reseau-lys", "elu.armentieres", "agent");
        accounts.createTenantAccount(melAdmin, "lille",
                new NewAccount("agent.lille", PASSWORD, "Agent Lille", "agent@lille.fr", "agent"));
        BnmContext.user(admin, "sans.espace", PASSWORD, "bnm-tenants");
        clearJournal(admin, "armentieres");
        load("/models/commune-area.json");
    }

    @AfterEach
    void tearDown() {
        if (resolver != null) {
            resolver.close();
        }
        melAdmin.logout();
    }

    @Test
    void aMelAdminSeesTheTenantItsAccountsDossiersAndHistory() throws Exception {
        AdminTenantPage page = page("mel.admin", "armentieres");
        assertTrue(page.isAllowed());
        assertEquals("Armentières", page.getTenant().name());
        assertEquals("Commune", page.getArea().getKindLabel());
        assertEquals("/content/bnm/administration/espace.html?t=armentieres", page.getUrl());
        assertEquals(List.of("agent.armentieres", "elu.armentieres"),
                page.getAccounts().stream().map(Account::login).toList(), "not agent.lille");
        assertEquals(List.of("AMI Bibliothèque Numérique Métropolitaine 2022 | Déposé",
                "AMI Bibliothèque Numérique Métropolitaine 2023 | Pas encore commencé"),
                page.getArea().getDossiers().stream().map(d -> d.getTitle() + " | " + d.getStatusLabel())
                        .sorted().toList());
        assertEquals("02/12/2026 10:20 — Dépôt du dossier (agent.armentieres)",
                page.getArea().getHistory().stream().map(h -> h.getWhen() + " — " + h.getAction() + " ("
                        + h.getActor() + ")").findFirst().orElseThrow(), "newest first");
    }

    @Test
    void aNetworkListsItsMembersAccountsOnly() throws Exception {
        AdminTenantPage page = page("mel.admin", "reseau-lys");
        assertEquals("Réseau de communes", page.getArea().getKindLabel());
        assertEquals(List.of("elu.armentieres"), page.getAccounts().stream().map(Account::login).toList());
    }

    @Test
    void anUnknownTenantIsNoneAndAnAgentIsNotAllowed() throws Exception {
        AdminTenantPage unknown = page("mel.admin", "nulle-part");
        assertTrue(unknown.isAllowed());
        assertNull(unknown.getTenant());
        assertEquals("/content/bnm/administration.html", unknown.getUrl());
        AdminTenantPage denied = page("agent.armentieres", "armentieres");
        assertFalse(denied.isAllowed());
        assertNull(denied.getTenant());
    }

    /** The page model of /content/bnm/administration/espace.html?t=slug, requested by that account. */
    private AdminTenantPage page(String login, String slug) throws Exception {
        if (resolver != null) {
            resolver.close();
        }
        Session session = BnmContext.login(context, login, PASSWORD);
        resolver = context.getService(ResourceResolverFactory.class).getResourceResolver(
                Map.of(JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setParameterMap(Map.of("t", slug));
        return request.adaptTo(AdminTenantPage.class);
    }

    /** The area's journal is the JSON content's, whose instants are fixed. */
    private static void clearJournal(Session admin, String slug) throws Exception {
        for (NodeIterator entries = admin.getNode("/var/bnm/tenants/" + slug + "/history").getNodes();
                entries.hasNext();) {
            entries.nextNode().remove();
        }
        admin.save();
    }

    /** Loads each "path": {content} of the file at its path. */
    private void load(String resource) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode content;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            content = json.readTree(in);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            context.load().json(new ByteArrayInputStream(json.writeValueAsBytes(entry.getValue())), entry.getKey());
        }
        context.resourceResolver().commit();
    }
}
