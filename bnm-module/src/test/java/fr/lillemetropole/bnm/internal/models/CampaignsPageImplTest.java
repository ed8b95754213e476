package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.internal.campaign.CampaignsImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.models.CampaignsPage;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/** The campaigns page as a MEL admin reads it: French dates and statuses, the forms' values, the reminders. */
@ExtendWith(SlingContextExtension.class)
class CampaignsPageImplTest {

    private static final String PASSWORD = "mot-de-passe-2023";
    private static final String PAGE = "/content/bnm/administration/campagnes";

    private final SlingContext context = BnmContext.create();
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        // 20 September 2023, 10:00 at Paris
        CampaignsImpl campaigns = new CampaignsImpl(new TestServiceSessions(context),
                Clock.fixed(Instant.parse("2023-09-20T08:00:00Z"), ZoneOffset.UTC));
        context.registerService(Campaigns.class, campaigns);
        context.registerService(org.apache.sling.i18n.ResourceBundleProvider.class, Dictionary.provider(),
                "service.ranking", Integer.MAX_VALUE);
        context.addModelsForClasses(CampaignsPageImpl.class);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        javax.jcr.Node bnm = admin.getNode("/content/bnm");
        bnm.addNode("administration", "nt:unstructured").addNode("campagnes", "nt:unstructured");
        admin.save();
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        campaigns.create(melAdmin, new CampaignInput("ami-bnm-2022", "AMI 2022", null, "archived", "2022-06-01", null));
        campaigns.create(melAdmin, new CampaignInput("ami-bnm-2023", "AMI 2023", null, "open", "2023-06-01T09:00",
                "2023-10-01T18:00"));
        melAdmin.logout();
        TenantAreas.ensure(admin, new NewTenant("armentieres", "Armentières", "commune", List.of("Armentières"), null));
        TenantAreas.ensure(admin, new NewTenant("lille", "Lille", "commune", List.of("Lille"), null));
        javax.jcr.Node late = admin.getNode("/var/bnm/tenants/lille/dossiers").addNode("ami-bnm-2023", "bnm:Dossier");
        late.setProperty("bnm:campaign", "ami-bnm-2023");
        late.setProperty("bnm:tenant", "lille");
        late.setProperty("bnm:status", "returned");
        late.setProperty("bnm:deadline", java.util.GregorianCalendar.from(
                java.time.ZonedDateTime.parse("2023-09-19T18:00:00+02:00")));
        admin.save();
    }

    @AfterEach
    void tearDown() {
        if (resolver != null) {
            resolver.close();
        }
    }

    private CampaignsPage page(String login, String chosen) throws Exception {
        Session session = BnmContext.login(context, login, PASSWORD);
        resolver = context.getService(ResourceResolverFactory.class).getResourceResolver(
                Map.of(JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setResource(resolver.getResource(PAGE));
        if (chosen != null) {
            request.setParameterMap(Map.of("c", chosen));
        }
        request.setLocale(Locale.FRENCH);
        return request.adaptTo(CampaignsPage.class);
    }

    @Test
    void theAdminSeesEachCampaignInFrench() throws Exception {
        CampaignsPage page = page("mel.admin", null);
        assertTrue(page.isAllowed());
        assertEquals(List.of(
                "ami-bnm-2023 | AMI 2023 | Ouverte | 1er juin 2023 à 09:00 | 1er octobre 2023 à 18:00 | Dépôts ouverts",
                "ami-bnm-2022 | AMI 2022 | Archivée | 1er juin 2022 à 00:00 | Non fixée | Dépôts fermés"),
                page.getCampaigns().stream().map(c -> c.getId() + " | " + c.getTitle() + " | " + c.getStatusLabel()
                        + " | " + c.getOpensAt() + " | " + c.getClosesAt() + " | " + c.getDossiersLabel()).toList());
        assertNull(page.getSelected());
        assertEquals(List.of(), page.getReminders());
        assertEquals(List.of("draft:Brouillon:true", "open:Ouverte:false", "closed:Clôturée:false",
                "archived:Archivée:false"), page.getStatuses().stream()
                .map(s -> s.getCode() + ":" + s.getLabel() + ":" + s.isSelected()).toList(), "a new campaign is a draft");
    }

    @Test
    void theChosenCampaignHasItsFormAndItsReminders() throws Exception {
        CampaignsPage.Item chosen = page("mel.admin", "ami-bnm-2023").getSelected();
        assertEquals("ami-bnm-2023", chosen.getId());
        assertTrue(chosen.isSelected());
        assertEquals(PAGE + ".html?c=ami-bnm-2023", chosen.getUrl());
        assertEquals("/bnm/api/v1/campaigns/ami-bnm-2023", chosen.getAction());
        assertEquals("/bnm/api/v1/campaigns/ami-bnm-2023/reminders.csv", chosen.getRemindersCsvUrl());
        assertEquals("2023-06-01T09:00", chosen.getOpensAtInput());
        assertEquals("2023-10-01T18:00", chosen.getClosesAtInput());
        assertEquals(List.of("open"), chosen.getStatuses().stream().filter(CampaignsPage.Choice::isSelected)
                .map(CampaignsPage.Choice::getCode).toList());

        List<CampaignsPage.ReminderItem> reminders = page("mel.admin", "ami-bnm-2023").getReminders();
        assertEquals(List.of(
                "Armentières | Commune | Pas encore commencé | 1er octobre 2023 à 18:00 | 11 jours | false",
                "Lille | Commune | À compléter | 19 septembre 2023 à 18:00 | Échéance dépassée | true"),
                reminders.stream().map(r -> r.getName() + " | " + r.getKindLabel() + " | " + r.getStatusLabel() + " | "
                        + r.getDeadline() + " | " + r.getDaysLeft() + " | " + r.isLate()).toList());
    }

    @Test
    void anUnknownChoiceSelectsNothingAndOthersThanAdminsAreTurnedAway() throws Exception {
        assertNull(page("mel.admin", "ami-bnm-2099").getSelected());
        CampaignsPage instructor = page("mel.instructeur", "ami-bnm-2023");
        assertFalse(instructor.isAllowed());
        assertEquals(List.of(), instructor.getCampaigns());
        assertEquals(List.of(), instructor.getReminders());
    }
}
