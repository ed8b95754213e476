package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.account.AccountsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.models.AdminPage;
import fr.lillemetropole.bnm.models.AdminPage.PageLink;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/** The administration page at the MEL's scale: 30 communes, a network, searched, filtered and paged. */
@ExtendWith(SlingContextExtension.class)
class AdminPageImplTest {

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
        context.addModelsForClasses(AdminPageImpl.class);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        for (int i = 1; i <= 30; i++) {
            accounts.createTenant(melAdmin, new NewTenant(null, String.format("Commune %02d", i), "commune", null,
                    null));
        }
        accounts.createTenant(melAdmin, new NewTenant(null, "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("reseau-lys", "Réseau Lys", "network",
                List.of("Comines", "Wervicq-Sud"), "Comines"));
        accounts.setTenantStatus(melAdmin, "commune-07", "archived");
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.armentieres", PASSWORD, "Sandrine Vansteelant", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.armentieres", PASSWORD, "Jean-Michel Monpays", "jm@armentieres.fr", "elected"));
        accounts.createTenantAccount(melAdmin, "commune-01",
                new NewAccount("agent.c01", PASSWORD, "Agent Un", "agent@c01.fr", "agent"));
    }

    @AfterEach
    void tearDown() {
        if (resolver != null) {
            resolver.close();
        }
        melAdmin.logout();
    }

    @Test
    void tenantsComeByNameTwentyFiveAPageWithPageLinks() throws Exception {
        AdminPage first = page("mel.admin", Map.of());
        assertTrue(first.isAllowed());
        assertFalse(first.isAccountsView());
        assertEquals(32, first.getTotal());
        assertEquals(25, first.getTenants().size());
        assertEquals("Armentières", first.getTenants().get(0).name(), "sorted by name, accents folded");
        assertEquals(List.of("1 /content/bnm/administration.html?vue=espaces&page=1 true",
                "2 /content/bnm/administration.html?vue=espaces&page=2 false"), links(first));

        AdminPage second = page("mel.admin", Map.of("page", "2"));
        assertEquals(List.of("Commune 25", "Commune 26", "Commune 27", "Commune 28", "Commune 29", "Commune 30",
                "Réseau Lys"), second.getTenants().stream().map(Tenant::name).toList());
        assertEquals(7, page("mel.admin", Map.of("page", "99")).getTenants().size(), "past the end: last page");
    }

    @Test
    void tenantsAreSearchedByNameOrSlugAndFilteredByKindAndStatus() throws Exception {
        assertEquals(List.of("armentieres"), slugs(page("mel.admin", Map.of("q", "ARMENTIERES"))));
        assertEquals(List.of("reseau-lys"), slugs(page("mel.admin", Map.of("q", "reseau-"))));
        assertEquals(List.of("reseau-lys"), slugs(page("mel.admin", Map.of("type", "network"))));
        assertEquals(List.of("commune-07"), slugs(page("mel.admin", Map.of("statut", "archived"))));
        AdminPage filtered = page("mel.admin", Map.of("q", "commune 1", "statut", "active", "type", "commune"));
        assertEquals(10, filtered.getTotal(), "Commune 10 to 19");
        assertTrue(filtered.getPages().isEmpty(), "one page needs no links");
    }

    @Test
    void accountsAreSearchedByLoginNameOrEmailAndFilteredByRole() throws Exception {
        AdminPage all = page("mel.admin", Map.of("vue", "comptes"));
        assertTrue(all.isAccountsView());
        assertEquals(List.of("agent.armentieres", "agent.c01", "elu.armentieres", "mel.admin"), logins(all));
        assertEquals(List.of("elu.armentieres"), logins(page("mel.admin", Map.of("vue", "comptes", "q", "monpays"))));
        assertEquals(List.of("agent.c01"), logins(page("mel.admin", Map.of("vue", "comptes", "q", "@C01.fr"))));
        AdminPage agents = page("mel.admin", Map.of("vue", "comptes", "role", "agent"));
        assertEquals(List.of("agent.armentieres", "agent.c01"), logins(agents));
        assertEquals("agent", agents.getRole());
        assertEquals("", page("mel.admin", Map.of("vue", "comptes", "role", "root")).getRole(), "unknown role ignored");
    }

    @Test
    void anAgentIsNotAllowed() throws Exception {
        AdminPage denied = page("agent.armentieres", Map.of());
        assertFalse(denied.isAllowed());
        assertTrue(denied.getTenants().isEmpty());
    }

    private static List<String> slugs(AdminPage page) {
        return page.getTenants().stream().map(Tenant::slug).toList();
    }

    private static List<String> logins(AdminPage page) {
        return page.getAccounts().stream().map(Account::login).toList();
    }

    private static List<String> links(AdminPage page) {
        return page.getPages().stream().map((PageLink l) -> l.number() + " " + l.href() + " " + l.current()).toList();
    }

    private AdminPage page(String login, Map<String, Object> params) throws Exception {
        if (resolver != null) {
            resolver.close();
        }
        Session session = BnmContext.login(context, login, PASSWORD);
        resolver = context.getService(ResourceResolverFactory.class).getResourceResolver(
                Map.of(JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setParameterMap(params);
        return request.adaptTo(AdminPage.class);
    }
}
