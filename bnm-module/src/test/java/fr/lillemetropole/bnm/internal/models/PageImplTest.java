package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.models.CurrentUser;
import fr.lillemetropole.bnm.models.NavigationItem;
import fr.lillemetropole.bnm.models.Page;
import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class PageImplTest {

    private final SlingContext context = BnmContext.create();
    private final List<org.apache.sling.api.resource.ResourceResolver> resolvers = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PageImpl.class);
        context.create().resource("/content/bnm/faq", Map.of("jcr:title", "Questions fréquentes",
                "bnm:navTitle", "FAQ", "bnm:navOrder", 20L));
        context.create().resource("/content/bnm/groupes-de-travail", Map.of("jcr:title", "Groupes de travail",
                "bnm:navOrder", 30L));
        context.create().resource("/content/bnm/groupes-de-travail/sigb", Map.of("jcr:title", "Logiciel métier"));
        context.create().resource("/content/bnm/connexion", Map.of("jcr:title", "Connexion"));
        context.create().resource("/content/bnm/administration", Map.of("jcr:title", "Administration",
                "bnm:navOrder", 90L, "bnm:navRole", "admin"));
        context.resourceResolver().getResource("/content/bnm").adaptTo(org.apache.sling.api.resource.ModifiableValueMap.class)
                .putAll(Map.of("jcr:title", "Bibliothèque Numérique Métropolitaine", "bnm:navTitle", "Accueil"));
    }

    @Test
    void theNavigationListsTheSectionsInOrderAndMarksTheCurrentOne() {
        context.currentResource("/content/bnm/groupes-de-travail/sigb");
        Page page = context.request().adaptTo(Page.class);

        List<String> titles = page.getNavigation().stream().map(NavigationItem::getTitle).collect(Collectors.toList());
        assertEquals(List.of("Accueil", "FAQ", "Groupes de travail", "Administration"), titles,
                "pages without bnm:navOrder stay out; the admin page shows to admins (the context runs as admin)");
        assertEquals("/content/bnm/faq.html", page.getNavigation().get(1).getUrl());
        assertFalse(page.getNavigation().get(0).isCurrent());
        assertTrue(page.getNavigation().get(2).isCurrent());
        assertEquals("Logiciel métier", page.getTitle());
        assertEquals("Logiciel métier — Bibliothèque Numérique Métropolitaine", page.getDocumentTitle());
        assertEquals("Bibliothèque Numérique Métropolitaine", page.getSiteTitle());
    }

    @Test
    void theAdministrationSectionIsHiddenFromOtherAccounts() throws Exception {
        List<String> titles = pageAs("agent.lille", "bnm-tenants").getNavigation().stream()
                .map(NavigationItem::getTitle).collect(Collectors.toList());
        assertEquals(List.of("Accueil", "FAQ", "Groupes de travail"), titles);
    }

    @Test
    void theAccountsRolesReadInFrenchFromTheDictionary() throws Exception {
        fr.lillemetropole.bnm.testing.Dictionary.serveIn(context);
        CurrentUser staff = pageAs("camille.martin", "bnm-mel-instructors", "bnm-mel-editors").getUser();
        assertEquals(List.of("Instructeur MEL", "Éditeur MEL"), staff.getRoles());
        assertFalse(staff.isAdmin());

        CurrentUser melAdmin = pageAs("admin.mel", "bnm-mel-admins").getUser();
        assertEquals(List.of("Administrateur MEL"), melAdmin.getRoles());
        assertTrue(melAdmin.isAdmin(), "an admin of the MEL, by its group and not by its label");
    }

    @Test
    void theFaqEditingSectionShowsToMelEditorsAndAdminsOnly() throws Exception {
        context.create().resource("/content/bnm/redaction", Map.of("jcr:title", "Rédaction de la FAQ",
                "bnm:navTitle", "Rédaction", "bnm:navOrder", 85L, "bnm:navRole", "editor"));
        for (String[] account : new String[][] {{"mel.editeur", "bnm-mel-editors"}, {"mel.admin", "bnm-mel-admins"}}) {
            assertTrue(pageAs(account[0], account[1]).getNavigation().stream()
                    .anyMatch(item -> item.getTitle().equals("Rédaction")), account[0]);
        }
        for (String[] account : new String[][] {{"mel.instructeur", "bnm-mel-instructors"}, {"agent", "bnm-tenants"}}) {
            assertFalse(pageAs(account[0], account[1]).getNavigation().stream()
                    .anyMatch(item -> item.getTitle().equals("Rédaction")), account[0]);
        }
    }

    /** The page model of /content/bnm/faq requested by a new account, member of {@code groups}. */
    private Page pageAs(String login, String... groups) throws Exception {
        javax.jcr.Session admin = context.resourceResolver().adaptTo(javax.jcr.Session.class);
        BnmContext.user(admin, login, "mot-de-passe-2022", groups);
        javax.jcr.Session session = BnmContext.login(context, login, "mot-de-passe-2022");
        org.apache.sling.api.resource.ResourceResolver resolver = context.getService(
                org.apache.sling.api.resource.ResourceResolverFactory.class).getResourceResolver(
                java.util.Map.of(org.apache.sling.jcr.resource.api.JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        resolvers.add(resolver);
        org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest request =
                new org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setResource(resolver.getResource("/content/bnm/faq"));
        return request.adaptTo(Page.class);
    }

    @org.junit.jupiter.api.AfterEach
    void closeResolvers() {
        resolvers.forEach(org.apache.sling.api.resource.ResourceResolver::close);
    }

    @Test
    void theHomePageIsCurrentOnlyOnItself() {
        context.currentResource("/content/bnm");
        Page page = context.request().adaptTo(Page.class);
        assertTrue(page.getNavigation().get(0).isCurrent());
        assertFalse(page.getNavigation().get(1).isCurrent());
        assertEquals("Bibliothèque Numérique Métropolitaine", page.getDocumentTitle());
    }

    @Test
    void theLoginLinkComesBackToThePage() {
        context.currentResource("/content/bnm/faq");
        Page page = context.request().adaptTo(Page.class);
        assertEquals("/content/bnm/connexion.html?resource=%2Fcontent%2Fbnm%2Ffaq.html", page.getLoginUrl());
        assertTrue(page.getLogoutUrl().startsWith("/system/sling/logout"));
    }
}
