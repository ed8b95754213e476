package fr.lillemetropole.bnm.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.testing.BnmContext;

/** MEL admins create and edit campaigns; their errors in French; nobody else writes; when dossiers may start. */
@ExtendWith(SlingContextExtension.class)
class CampaignsImplTest {

    private static final String PASSWORD = "mot-de-passe-2023";

    private final SlingContext context = BnmContext.create();
    private Session melAdmin;
    /** 15 June 2023, 12:00 at Paris. */
    private Instant now = Instant.parse("2023-06-15T10:00:00Z");
    private CampaignsImpl campaigns;

    @BeforeEach
    void setUp() throws Exception {
        campaigns = new CampaignsImpl(new TestServiceSessions(context), new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "mel.editeur", PASSWORD, "bnm-mel-editors");
        BnmContext.user(admin, "agent.lille", PASSWORD, "bnm-tenants");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
    }

    @AfterEach
    void tearDown() {
        melAdmin.logout();
    }

    private static CampaignInput input(String id, String title, String status, String opensAt, String closesAt) {
        return new CampaignInput(id, title, null, status, opensAt, closesAt);
    }

    @Test
    void aMelAdminCreatesACampaignWhoseDatesAreParisTime() throws Exception {
        Campaign created = campaigns.create(melAdmin, input(" ami-bnm-2023 ", " AMI BNM 2023 ", null,
                "2023-06-01T09:00", "2023-12-15T18:00"));

        assertEquals(new Campaign("ami-bnm-2023", "AMI BNM 2023", 2023, "draft", "Brouillon",
                "2023-06-01T09:00:00+02:00", "2023-12-15T18:00:00+01:00", 1), created,
                "a new campaign is a draft; summer and winter time at Paris");
        Node node = melAdmin.getNode("/var/bnm/campaigns/ami-bnm-2023");
        assertEquals("bnm:Campaign", node.getPrimaryNodeType().getName());
        assertEquals(Instant.parse("2023-06-01T07:00:00Z"), node.getProperty("bnm:opensAt").getDate().toInstant());
        assertEquals("mel.admin", node.getProperty("bnm:createdBy").getString());
        assertEquals(List.of(created), campaigns.list(BnmContext.login(context, "agent.lille", PASSWORD)),
                "every portal account reads the campaigns");
        assertEquals(created, campaigns.get(melAdmin, "ami-bnm-2023"));
    }

    @Test
    void aDateAloneOpensAtMidnightAndClosesAtTheEndOfTheDay() throws Exception {
        Campaign created = campaigns.create(melAdmin, input("ami-bnm-2024", "AMI 2024", "open", "01/06/2024",
                "2024-09-30"));
        assertEquals("2024-06-01T00:00:00+02:00", created.opensAt());
        assertEquals("2024-09-30T23:59:00+02:00", created.closesAt());
        assertEquals("Ouverte", created.statusLabel());
    }

    @Test
    void everyMistakeIsReportedInFrenchOnItsField() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> campaigns.create(melAdmin,
                input("AMI 2023", " ", "ouverte", "demain", "2023-09-30")));
        assertEquals(Map.of(
                "/id", "L'identifiant s'écrit en lettres minuscules sans accent, chiffres et tirets, et finit par "
                        + "l'année sur quatre chiffres (par exemple « ami-bnm-2023 »).",
                "/title", "Le titre de la campagne est obligatoire.",
                "/status", "Le statut est l'un de : Brouillon, Ouverte, Clôturée, Archivée.",
                "/opensAt", "La date d'ouverture n'est pas une date et une heure valides (par exemple 01/06/2023 à 09:00)."),
                byField(e));

        InvalidRequestException order = assertThrows(InvalidRequestException.class, () -> campaigns.create(melAdmin,
                input("ami-bnm-2023", "AMI", "open", "2023-10-01T09:00", "2023-09-30T18:00")));
        assertEquals(Map.of("/closesAt", "La clôture doit venir après l'ouverture (le 1er octobre 2023 à 09:00)."),
                byField(order));

        InvalidRequestException year = assertThrows(InvalidRequestException.class, () -> campaigns.create(melAdmin,
                new CampaignInput("ami-bnm-2023", "AMI", 2024, null, null, null)));
        assertEquals(Map.of("/year", "L'année de la campagne est celle qui termine son identifiant (2023)."),
                byField(year));

        InvalidRequestException missing = assertThrows(InvalidRequestException.class, () -> campaigns.create(melAdmin,
                input(null, "AMI", null, null, null)));
        assertEquals(Map.of("/id", "L'identifiant de la campagne est obligatoire."), byField(missing));
        assertThrows(NotFoundException.class, () -> campaigns.get(melAdmin, "ami-bnm-2023"), "nothing stored");
    }

    @Test
    void anIdIsTakenOnce() throws Exception {
        campaigns.create(melAdmin, input("ami-bnm-2023", "AMI 2023", null, null, null));
        ConflictException e = assertThrows(ConflictException.class, () -> campaigns.create(melAdmin,
                input("ami-bnm-2023", "Autre", null, null, null)));
        assertEquals("/id", e.getPointer());
        assertEquals("Une campagne porte déjà l'identifiant « ami-bnm-2023 ».", e.getMessage());
        assertEquals("AMI 2023", campaigns.get(melAdmin, "ami-bnm-2023").title());
    }

    @Test
    void anUpdateChangesTitleStatusAndDatesButNeverTheId() throws Exception {
        campaigns.create(melAdmin, input("ami-bnm-2023", "AMI 2023", null, "2023-06-01T09:00", "2023-09-30T18:00"));

        Campaign updated = campaigns.update(melAdmin, "ami-bnm-2023",
                input(null, "AMI BNM 2023 (prolongé)", "open", "2023-06-01T09:00", null));
        assertEquals("AMI BNM 2023 (prolongé)", updated.title());
        assertEquals("open", updated.status());
        assertEquals(null, updated.closesAt(), "an empty closing date removes it");
        assertEquals("mel.admin", melAdmin.getNode("/var/bnm/campaigns/ami-bnm-2023").getProperty("bnm:updatedBy")
                .getString());

        Campaign sameStatus = campaigns.update(melAdmin, "ami-bnm-2023", input("ami-bnm-2023", "AMI", null, null, null));
        assertEquals("open", sameStatus.status(), "no status: it stays");

        InvalidRequestException renamed = assertThrows(InvalidRequestException.class, () -> campaigns.update(melAdmin,
                "ami-bnm-2023", input("ami-bnm-2024", "AMI", null, null, null)));
        assertEquals(Map.of("/id", "L'identifiant d'une campagne ne change pas : créez plutôt une nouvelle campagne."),
                byField(renamed));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> campaigns.update(melAdmin,
                "ami-bnm-2031", input(null, "AMI", null, null, null)));
        assertEquals("Aucune campagne « ami-bnm-2031 ».", unknown.getMessage());
    }

    @Test
    void onlyMelAdminsCreateOrEditCampaigns() throws Exception {
        campaigns.create(melAdmin, input("ami-bnm-2023", "AMI 2023", "open", null, null));
        for (String login : List.of("mel.instructeur", "mel.editeur", "agent.lille")) {
            Session caller = BnmContext.login(context, login, PASSWORD);
            try {
                ForbiddenException create = assertThrows(ForbiddenException.class, () -> campaigns.create(caller,
                        input("ami-bnm-2024", "AMI 2024", null, null, null)), login);
                assertEquals("Réservé aux administrateurs de la MEL.", create.getMessage());
                assertThrows(ForbiddenException.class, () -> campaigns.update(caller, "ami-bnm-2023",
                        input(null, "Piraté", "closed", null, null)), login);
            } finally {
                caller.logout();
            }
        }
        assertEquals(List.of("AMI 2023 open"), campaigns.list(melAdmin).stream()
                .map(c -> c.title() + " " + c.status()).toList(), "nothing written by them");
    }

    @Test
    void dossiersAreAcceptedWhileOpenAndBetweenItsDates() throws Exception {
        campaigns.create(melAdmin, input("ami-bnm-2023", "AMI 2023", "open", "2023-06-01T09:00", "2023-09-30T18:00"));
        Session agent = BnmContext.login(context, "agent.lille", PASSWORD);

        now = Instant.parse("2023-06-01T06:59:59Z");
        assertFalse(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), "before its opening (09:00 at Paris)");
        now = Instant.parse("2023-06-01T07:00:00Z");
        assertTrue(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), "from its opening");
        now = Instant.parse("2023-09-30T16:00:00Z");
        assertTrue(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), "until its closing, included");
        now = Instant.parse("2023-09-30T16:00:01Z");
        assertFalse(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), "after its closing");

        now = Instant.parse("2023-07-01T10:00:00Z");
        for (String status : List.of("draft", "closed", "archived")) {
            campaigns.update(melAdmin, "ami-bnm-2023", input(null, "AMI 2023", status, "2023-06-01T09:00",
                    "2023-09-30T18:00"));
            assertFalse(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), status);
        }
        campaigns.update(melAdmin, "ami-bnm-2023", input(null, "AMI 2023", "open", null, null));
        assertTrue(campaigns.acceptsDossiers(agent, "ami-bnm-2023"), "open without dates");
        assertFalse(campaigns.acceptsDossiers(agent, "ami-bnm-2099"), "no such campaign");
    }

    @Test
    void pagesThatNameNoCampaignShowTheLatestYear() throws Exception {
        campaigns.create(melAdmin, input("ami-bnm-2024", "AMI 2024", "closed", null, null));
        campaigns.create(melAdmin, input("ami-bnm-2023", "AMI 2023", "open", null, null));
        assertEquals("ami-bnm-2024", CampaignOpening.latest(melAdmin), "the latest year, whatever its status or order");
        assertEquals("La campagne n'est pas ouverte : un dossier ne peut pas y être commencé.",
                CampaignOpening.newDossierRefusal(melAdmin.getNode("/var/bnm/campaigns/ami-bnm-2024"), now));
    }

    private static Map<String, String> byField(InvalidRequestException e) {
        return e.getErrors().stream().collect(Collectors.toMap(FieldError::pointer, FieldError::message));
    }
}
