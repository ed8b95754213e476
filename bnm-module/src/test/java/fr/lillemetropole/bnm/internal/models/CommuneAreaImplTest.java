package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import fr.lillemetropole.bnm.models.CommuneArea;
import fr.lillemetropole.bnm.models.CommuneArea.Area;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/**
 * The "Espace commune" page as an account sees it: tenants and accounts created by the accounts
 * service, campaigns, dossiers and the area's journal from JSON content (models/commune-area.json); labels
 * from the portal's dictionary.
 */
@ExtendWith(SlingContextExtension.class)
class CommuneAreaImplTest {

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
        context.addModelsForClasses(CommuneAreaImpl.class);
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
    void anAgentSeesItsCommuneItsDossiersTeamAndJournal() throws Exception {
        List<Area> areas = areasOf("agent.armentieres");
        assertEquals(1, areas.size(), "the agent's own commune only, not Lille nor Réseau Lys");
        Area area = areas.get(0);
        assertEquals("Armentières", area.getName());
        assertEquals("Commune", area.getKindLabel());

        assertEquals(List.of(
                "AMI Bibliothèque Numérique Métropolitaine 2022 | Déposé | "
                        + "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=armentieres",
                "AMI Bibliothèque Numérique Métropolitaine 2023 | Pas encore commencé | "
                        + "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2023&t=armentieres"),
                byTitle(area).stream().map(d -> d.getTitle() + " | " + d.getStatusLabel() + " | " + d.getUrl())
                        .toList());

        assertEquals(List.of("Sandrine Vansteelant — Agent (sv@armentieres.fr)",
                "Jean-Michel Monpays — Élu référent (jm@armentieres.fr)"),
                area.getTeam().stream().map(m -> m.getName() + " — " + m.getRole() + " (" + m.getEmail() + ")")
                        .toList());

        assertEquals(List.of(
                "02/12/2026 10:20 — Dépôt du dossier (agent.armentieres)",
                "02/12/2026 10:05 — Validation et signature par l'élu référent (elu.armentieres)",
                "01/12/2026 17:40 — Enregistrement du dossier (agent.armentieres)",
                "20/11/2026 09:00 — Création de l'espace : Armentières (mel.admin)"),
                area.getHistory().stream().map(h -> h.getWhen() + " — " + h.getAction() + " (" + h.getActor() + ")")
                        .toList(), "newest first, in French, at Paris time");
    }

    @Test
    void anAccountOfTwoTenantsSeesBothAreasWithTheirOwnDossiers() throws Exception {
        List<Area> areas = areasOf("elu.armentieres");
        assertEquals(List.of("Armentières", "Réseau Lys"), areas.stream().map(Area::getName).toList());
        Area network = areas.get(1);
        assertEquals("Réseau de communes", network.getKindLabel());
        assertEquals(List.of("Comines", "Wervicq-Sud"), network.getMemberCommunes());
        assertEquals(List.of("Pas encore commencé", "À compléter"),
                byTitle(network).stream().map(CommuneArea.Dossier::getStatusLabel).toList());
        assertEquals("/content/bnm/espace-commune/dossier.html?c=ami-bnm-2023&t=reseau-lys",
                byTitle(network).get(1).getUrl());
        assertEquals(List.of("Jean-Michel Monpays — Agent"),
                network.getTeam().stream().map(m -> m.getName() + " — " + m.getRole()).toList());
    }

    @Test
    void anAgentOfAnotherCommuneSeesItsOwnDraftOnly() throws Exception {
        List<Area> areas = areasOf("agent.lille");
        assertEquals(List.of("Lille"), areas.stream().map(Area::getName).toList());
        assertEquals(List.of("Brouillon — non déposé", "Pas encore commencé"),
                byTitle(areas.get(0)).stream().map(CommuneArea.Dossier::getStatusLabel).toList());
    }

    @Test
    void anAccountWithoutTenantSeesNoArea() throws Exception {
        assertEquals(List.of(), areasOf("sans.espace"));
    }

    /** The area's dossiers by campaign title (the model keeps the campaigns folder's order, which is none). */
    private static List<CommuneArea.Dossier> byTitle(Area area) {
        return area.getDossiers().stream().sorted(java.util.Comparator.comparing(CommuneArea.Dossier::getTitle))
                .toList();
    }

    /** The page model of /content/bnm/espace-commune, requested by that account. */
    private List<Area> areasOf(String login) throws Exception {
        Session session = BnmContext.login(context, login, PASSWORD);
        resolver = context.getService(ResourceResolverFactory.class).getResourceResolver(
                Map.of(JcrResourceConstants.AUTHENTICATION_INFO_SESSION, session));
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        return request.adaptTo(CommuneArea.class).getAreas();
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
