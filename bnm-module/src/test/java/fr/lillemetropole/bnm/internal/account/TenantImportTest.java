package fr.lillemetropole.bnm.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.ImportReport;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/** The MEL starts a campaign with a spreadsheet of communes: all of it is imported, or none of it. */
@ExtendWith(SlingContextExtension.class)
class TenantImportTest {

    private static final String PASSWORD = "mot-de-passe-2022";
    static final String HEADER = "slug;nom;type;communes membres;commune tête;login agent;nom agent;e-mail agent;"
            + "login élu;nom élu;e-mail élu\r\n";

    private final SlingContext context = BnmContext.create();
    private AccountsImpl accounts;
    private Session melAdmin;

    @BeforeEach
    void setUp() throws Exception {
        TestServiceSessions services = new TestServiceSessions(context);
        accounts = new AccountsImpl(services, new RepositorySessionRegistry(services, 30, System::currentTimeMillis),
                TestServiceSessions.passwords(context));
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        accounts.createTenant(melAdmin, new NewTenant(null, "Lille", "commune", null, null));
    }

    @AfterEach
    void tearDown() {
        melAdmin.logout();
    }

    /** 95 communes (one of them a network of three), an agent and an elected official each. */
    static String communes(int count) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 1; i < count; i++) {
            csv.append(";Commune n°").append(i).append(";commune;;;agent.c").append(i).append(";Agent ").append(i)
                    .append(";agent").append(i).append("@commune.fr;elu.c").append(i).append(";Élu ").append(i)
                    .append(";elu").append(i).append("@commune.fr\r\n");
        }
        csv.append("reseau-lys;\"Réseau des Lys; Weppes\";réseau;Comines|Wervicq-Sud|Warneton;Comines;agent.lys;"
                + "\"Agent \"\"Lys\"\"\";agent@lys.fr;;;\r\n");
        return csv.toString();
    }

    @Test
    void ninetyFiveCommunesImportWithAnInvitationForEachAccount() throws Exception {
        ImportReport report = accounts.importTenants(melAdmin, new StringReader(communes(95)));

        assertEquals(95, report.tenants().size());
        assertEquals(94 * 2 + 1, report.accounts().size());
        assertEquals("commune-n-1", report.tenants().get(0));
        assertEquals("Réseau des Lys; Weppes", accounts.tenant(melAdmin, "reseau-lys").name());
        assertEquals(List.of("Comines", "Wervicq-Sud", "Warneton"),
                accounts.tenant(melAdmin, "reseau-lys").memberCommunes());
        ImportReport.InvitedAccount lys = report.accounts().get(report.accounts().size() - 1);
        assertEquals("Agent \"Lys\"", lys.displayName());
        assertEquals(List.of("agent"), accounts.accounts(melAdmin).stream()
                .filter(a -> a.login().equals("agent.lys")).findFirst().orElseThrow().roles());
        assertEquals(List.of("commune-n-7"), accounts.accounts(melAdmin).stream()
                .filter(a -> a.login().equals("elu.c7")).findFirst().orElseThrow().tenants());
        assertTrue(lys.invitation().startsWith("/content/bnm/invitation.html?jeton="), lys.invitation());
        assertEquals(report.accounts().size(), report.accounts().stream().map(a -> a.invitation()).distinct().count());
    }

    @Test
    void oneBadLineImportsNothingAndNamesTheLineAndTheColumn() throws Exception {
        String csv = communes(95).replace("agent7@commune.fr", "agent7-at-commune.fr");

        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> accounts.importTenants(melAdmin, new StringReader(csv)));

        FieldError error = e.getErrors().get(0);
        assertEquals(1, e.getErrors().size(), e.getErrors().toString());
        assertEquals("/lines/8/e-mail agent", error.pointer());
        assertEquals("Ligne 8, colonne « e-mail agent » : l'adresse e-mail « agent7-at-commune.fr » n'est pas "
                + "valide.", error.message());
        assertEquals(List.of("lille"), accounts.tenants(melAdmin).stream().map(t -> t.slug()).toList());
        assertFalse(melAdmin.nodeExists("/var/bnm/tenants/commune-n-1"));
    }

    @Test
    void everyErrorIsCollectedDuplicatesIncluded() throws Exception {
        String csv = "nom,type,login agent,nom agent,e-mail agent\n"
                + "Lille,commune,agent.x,Agent X,x@lille.fr\n"
                + "Roubaix,ville,agent.x,,x@roubaix.fr\n"
                + "Roubaix,commune,mel.admin,Agent R,r@roubaix.fr\n";

        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> accounts.importTenants(melAdmin, new StringReader(csv)));

        assertEquals(List.of(
                "Ligne 2, colonne « slug » : une commune ou un réseau porte déjà l'identifiant « lille ».",
                "Ligne 3, colonne « type » : le type doit être « commune » ou « réseau ».",
                "Ligne 3, colonne « login agent » : l'identifiant « agent.x » figure déjà ligne 2, colonne « login agent ».",
                "Ligne 3, colonne « nom agent » : le nom affiché (prénom et nom) est obligatoire.",
                "Ligne 4, colonne « slug » : l'identifiant « roubaix » figure déjà ligne 3.",
                "Ligne 4, colonne « login agent » : l'identifiant « mel.admin » est déjà utilisé."),
                e.getErrors().stream().map(FieldError::message).toList());
    }

    @Test
    void aMissingOrUnknownColumnIsNamed() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> accounts.importTenants(melAdmin,
                new StringReader("nom;type;login agent;nom agent;courriel\nX;commune;a.x;A;a@x.fr\n")));
        assertEquals(List.of("Ligne 1, colonne 5 : l'en-tête « courriel » est inconnu (colonnes possibles : slug, nom, "
                + "type, communes membres, commune tête, login agent, nom agent, e-mail agent, login élu, nom élu, "
                + "e-mail élu).", "Ligne 1 : il manque la colonne « e-mail agent »."),
                e.getErrors().stream().map(FieldError::message).toList());
    }

    @Test
    void onlyMelAdminsImport() throws Exception {
        Session instructor = BnmContext.login(context, "mel.instructeur", PASSWORD);
        try {
            assertThrows(ForbiddenException.class, () -> accounts.importTenants(instructor,
                    new StringReader(communes(2))));
        } finally {
            instructor.logout();
        }
    }
}
