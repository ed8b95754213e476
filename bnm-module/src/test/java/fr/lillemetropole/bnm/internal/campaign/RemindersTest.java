package fr.lillemetropole.bnm.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.api.campaign.Reminder;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;
import fr.lillemetropole.bnm.testing.BnmContext;

/** The communes and networks to remind before a campaign closes, on the page and in a spreadsheet. */
@ExtendWith(SlingContextExtension.class)
class RemindersTest {

    private static final String PASSWORD = "mot-de-passe-2023";
    private static final String CAMPAIGN = "ami-bnm-2023";

    private final SlingContext context = BnmContext.create();
    private CampaignsImpl campaigns;
    private Session instructor;

    @BeforeEach
    void setUp() throws Exception {
        // 18 September 2023 at 23:30 in Paris: twelve days before the closing day, the 30th
        campaigns = new CampaignsImpl(new TestServiceSessions(context),
                Clock.fixed(Instant.parse("2023-09-18T21:30:00Z"), ZoneOffset.UTC));
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "mel.editeur", PASSWORD, "bnm-mel-editors");
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        campaigns.create(melAdmin, new CampaignInput(CAMPAIGN, "AMI 2023", null, "open", "2023-06-01T09:00",
                "2023-09-30T18:00"));
        melAdmin.logout();

        tenant(admin, "armentieres", "Armentières", "commune", null);
        tenant(admin, "lille", "Lille", "commune", "submitted");
        tenant(admin, "ecully", "Écully", "commune", "draft");
        tenant(admin, "roubaix", "Roubaix", "commune", "returned")
                .setProperty("bnm:deadline", paris(2023, Calendar.OCTOBER, 10));
        tenant(admin, "reseau-lys", "Réseau Lys", "network", "accepted");
        tenant(admin, "reseau-deule", "Réseau Deûle", "network", null);
        tenant(admin, "wattrelos", "Wattrelos", "commune", "in_review");
        tenant(admin, "formule", "=HYPERLINK(\"http://x\";\"clic\")", "commune", "draft");
        tenant(admin, "marcq", "Marcq-en-Barœul", "commune", null);
        admin.getNode("/var/bnm/tenants/marcq").setProperty("bnm:status", "archived");
        Node old = admin.getNode("/var/bnm/tenants/lille/dossiers").addNode("ami-bnm-2022", "bnm:Dossier");
        old.setProperty("bnm:campaign", "ami-bnm-2022");
        old.setProperty("bnm:tenant", "lille");
        admin.save();
        instructor = BnmContext.login(context, "mel.instructeur", PASSWORD);
    }

    @AfterEach
    void tearDown() {
        instructor.logout();
    }

    /** A tenant area, with its dossier for the campaign in {@code status} (none for null); answers the dossier. */
    private static Node tenant(Session admin, String slug, String name, String kind, String status) throws Exception {
        List<String> members = "network".equals(kind) ? List.of("A", "B") : List.of(name);
        Node area = TenantAreas.ensure(admin, new NewTenant(slug, name, kind, members, null));
        if (status == null) {
            return null;
        }
        Node dossier = area.getNode("dossiers").addNode(CAMPAIGN, "bnm:Dossier");
        dossier.setProperty("bnm:campaign", CAMPAIGN);
        dossier.setProperty("bnm:tenant", slug);
        dossier.setProperty("bnm:status", status);
        admin.save();
        return dossier;
    }

    private static Calendar paris(int year, int month, int day) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
        calendar.clear();
        calendar.set(year, month, day, 18, 0);
        return calendar;
    }

    @Test
    void activeTenantsWithoutAFiledDossierAreListedByNameWithTheirDaysLeft() throws Exception {
        List<Reminder> reminders = campaigns.reminders(instructor, CAMPAIGN);
        assertEquals(List.of(
                "=HYPERLINK(\"http://x\";\"clic\") | Commune | Brouillon — non déposé | 2023-09-30T18:00:00+02:00 | 12",
                "Armentières | Commune | Pas encore commencé | 2023-09-30T18:00:00+02:00 | 12",
                "Écully | Commune | Brouillon — non déposé | 2023-09-30T18:00:00+02:00 | 12",
                "Réseau Deûle | Réseau de communes | Pas encore commencé | 2023-09-30T18:00:00+02:00 | 12",
                "Roubaix | Commune | À compléter | 2023-10-10T18:00:00+02:00 | 22"),
                reminders.stream().map(r -> r.name() + " | " + r.kindLabel() + " | " + r.statusLabel() + " | "
                        + r.deadline() + " | " + r.daysLeft()).toList(),
                "filed (submitted, in review, decided) and archived tenants are not reminded; a reopened dossier "
                        + "counts to its own deadline; names sorted as in French");
        assertEquals("none", reminders.get(1).dossierStatus());
        assertEquals("armentieres", reminders.get(1).tenant());
    }

    @Test
    void theDaysLeftAreCountedInParisDays() throws Exception {
        CampaignsImpl lateEvening = new CampaignsImpl(new TestServiceSessions(context),
                Clock.fixed(Instant.parse("2023-09-29T22:30:00Z"), ZoneOffset.UTC));
        List<Reminder> reminders = lateEvening.reminders(instructor, CAMPAIGN);
        assertEquals(0, reminders.get(1).daysLeft(), "00:30 on the 30th at Paris: the last day");
        CampaignsImpl after = new CampaignsImpl(new TestServiceSessions(context),
                Clock.fixed(Instant.parse("2023-10-02T08:00:00Z"), ZoneOffset.UTC));
        assertEquals(-2, after.reminders(instructor, CAMPAIGN).get(1).daysLeft());
    }

    @Test
    void onlyMelInstructorsAndAdminsGetTheList() throws Exception {
        Session melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        assertEquals(5, campaigns.reminders(melAdmin, CAMPAIGN).size());
        Session editor = BnmContext.login(context, "mel.editeur", PASSWORD);
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> campaigns.reminders(editor, CAMPAIGN));
        assertEquals("Réservé aux instructeurs et aux administrateurs de la MEL.", e.getMessage());
    }

    @Test
    void theSpreadsheetIsUtf8WithABomSemicolonsAndNoFormula() throws Exception {
        byte[] csv = RemindersCsv.of(campaigns.reminders(instructor, CAMPAIGN));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3),
                "a byte order mark, so that a spreadsheet reads UTF-8");
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(List.of(
                "Commune ou réseau;Identifiant;Type;Dossier;Échéance;Jours restants",
                "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";formule;Commune;Brouillon — non déposé;30/09/2023 18:00;12",
                "Armentières;armentieres;Commune;Pas encore commencé;30/09/2023 18:00;12",
                "Écully;ecully;Commune;Brouillon — non déposé;30/09/2023 18:00;12",
                "Réseau Deûle;reseau-deule;Réseau de communes;Pas encore commencé;30/09/2023 18:00;12",
                "Roubaix;roubaix;Commune;À compléter;10/10/2023 18:00;22"), lines);
    }

    @Test
    void everyCellAFormulaCouldStartWithIsNeutralised() {
        for (String start : List.of("=", "+", "-", "@", "\t")) {
            assertEquals("'" + start + "1+1", RemindersCsv.text(start + "1+1"), start);
        }
        assertEquals("Lille-Hellemmes", RemindersCsv.text("Lille-Hellemmes"), "only at the start");
        assertEquals("\"Nord; Pas-de-Calais\"", RemindersCsv.text("Nord; Pas-de-Calais"));
        assertEquals("", RemindersCsv.text(null));
    }
}
