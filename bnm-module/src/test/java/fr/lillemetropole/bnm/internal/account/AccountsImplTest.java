package fr.lillemetropole.bnm.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import javax.jcr.LoginException;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.internal.security.RepositorySessionRegistry;
import fr.lillemetropole.bnm.testing.BnmContext;

/** Accounts run in the caller's session: the MEL admin's own rights (granted by repoinit) do the work. */
@ExtendWith(SlingContextExtension.class)
class AccountsImplTest {

    private static final String PASSWORD = "mot-de-passe-2022";

    private final SlingContext context = BnmContext.create();
    private AccountsImpl accounts;
    private Session melAdmin;

    private RepositorySessionRegistry sessions;

    @BeforeEach
    void setUp() throws Exception {
        sessions = new RepositorySessionRegistry(new TestServiceSessions(context), 30, System::currentTimeMillis);
        accounts = new AccountsImpl(new TestServiceSessions(context), sessions, TestServiceSessions.passwords(context));
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "mel.admin", PASSWORD, "bnm-mel-admins");
        BnmContext.user(admin, "mel.instructeur", PASSWORD, "bnm-mel-instructors");
        BnmContext.user(admin, "mel.editeur", PASSWORD, "bnm-mel-editors");
        melAdmin = BnmContext.login(context, "mel.admin", PASSWORD);
        accounts.createTenant(melAdmin, new NewTenant(null, "Armentières", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant(null, "Lille", "commune", null, null));
        accounts.createTenant(melAdmin, new NewTenant("reseau-lys", "Réseau Lys", "network",
                List.of("Comines", "Wervicq-Sud"), "Comines"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("agent.armentieres", PASSWORD, "Sandrine V.", "sv@armentieres.fr", "agent"));
        accounts.createTenantAccount(melAdmin, "armentieres",
                new NewAccount("elu.armentieres", PASSWORD, "Jean-Michel M.", "jm@armentieres.fr", "elected"));
        accounts.createTenantAccount(melAdmin, "lille",
                new NewAccount("agent.lille", PASSWORD, "Agent Lille", "agent@lille.fr", "agent"));
    }

    @AfterEach
    void tearDown() {
        melAdmin.logout();
    }

    @Test
    void aMelAdminCreatesTheAreaItsGroupsAndTheFirstHistoryEntry() throws Exception {
        Tenant network = accounts.tenant(melAdmin, "reseau-lys");
        assertEquals("network", network.kind());
        assertEquals(List.of("Comines", "Wervicq-Sud"), network.memberCommunes());
        assertEquals("Comines", network.headCommune());
        assertEquals("active", network.status());
        assertTrue(melAdmin.getNode("/var/bnm/tenants/armentieres/history").getNodes().hasNext());
        assertEquals(List.of("armentieres", "lille", "reseau-lys"), slugs(accounts.tenants(melAdmin)));
    }

    @Test
    void aDuplicateSlugOrLoginIsAConflict() {
        ConflictException slug = assertThrows(ConflictException.class, () -> accounts.createTenant(melAdmin,
                new NewTenant("lille", "Lille bis", "commune", null, null)));
        assertEquals("/slug", slug.getPointer());
        ConflictException login = assertThrows(ConflictException.class, () -> accounts.createTenantAccount(melAdmin,
                "lille", new NewAccount("agent.armentieres", PASSWORD, "X", "x@lille.fr", "agent")));
        assertEquals("/login", login.getPointer());
    }

    @Test
    void onlyMelAdminsCreateTenantsAndAccounts() throws Exception {
        for (String login : List.of("mel.instructeur", "mel.editeur", "agent.armentieres")) {
            Session caller = BnmContext.login(context, login, PASSWORD);
            try {
                assertThrows(ForbiddenException.class, () -> accounts.createTenant(caller,
                        new NewTenant(null, "Roubaix", "commune", null, null)), login);
                assertThrows(ForbiddenException.class, () -> accounts.createStaffAccount(caller,
                        new NewAccount("pirate", PASSWORD, "Pirate", "p@x.fr", "admin")), login);
                assertThrows(ForbiddenException.class, () -> accounts.accounts(caller), login);
            } finally {
                caller.logout();
            }
        }
    }

    @Test
    void eachAccountListsTheTenantsItMayRead() throws Exception {
        assertEquals(List.of("armentieres"), slugs(tenantsOf("agent.armentieres")));
        assertEquals(List.of("armentieres"), slugs(tenantsOf("elu.armentieres")));
        assertEquals(List.of("lille"), slugs(tenantsOf("agent.lille")));
        assertEquals(List.of("armentieres", "lille", "reseau-lys"), slugs(tenantsOf("mel.instructeur")));
        assertEquals(List.of(), slugs(tenantsOf("mel.editeur")));
    }

    @Test
    void anotherTenantDoesNotExistForACommuneAccount() throws Exception {
        Session agent = BnmContext.login(context, "agent.lille", PASSWORD);
        try {
            assertThrows(NotFoundException.class, () -> accounts.tenant(agent, "armentieres"));
            assertEquals("lille", accounts.tenant(agent, "lille").slug());
            assertFalse(agent.nodeExists("/var/bnm/tenants/armentieres/history"));
        } finally {
            agent.logout();
        }
    }

    @Test
    void meTellsRolesAndTenants() throws Exception {
        assertEquals(new Me("agent.armentieres", "Sandrine V.", List.of("agent"), List.of("armentieres")),
                meOf("agent.armentieres"));
        assertEquals(new Me("elu.armentieres", "Jean-Michel M.", List.of("elected"), List.of("armentieres")),
                meOf("elu.armentieres"));
        accounts.createStaffAccount(melAdmin, new NewAccount("claire.mel", PASSWORD, "Claire (MEL)",
                "claire@lillemetropole.fr", "instructor"));
        assertEquals(new Me("claire.mel", "Claire (MEL)", List.of("instructor"), List.of()), meOf("claire.mel"));
    }

    @Test
    void aCommuneAccountSeesItsTeamButNotTheHistoryOfOthers() throws Exception {
        Session agent = BnmContext.login(context, "agent.armentieres", PASSWORD);
        try {
            org.apache.jackrabbit.api.security.user.Group elected = (org.apache.jackrabbit.api.security.user.Group)
                    ((org.apache.jackrabbit.api.JackrabbitSession) agent).getUserManager()
                            .getAuthorizable("bnm-tenant-armentieres-elected");
            assertTrue(elected.getDeclaredMembers().hasNext(), "the agent sees the elected official of its commune");
            assertEquals(null, ((org.apache.jackrabbit.api.JackrabbitSession) agent).getUserManager()
                    .getAuthorizable("agent.lille"), "but no account of another commune");
        } finally {
            agent.logout();
        }
    }

    @Test
    void anAccountMayWorkForASecondTenant() throws Exception {
        accounts.addTenantMember(melAdmin, "reseau-lys", "agent.armentieres", "agent");
        assertEquals(List.of("armentieres", "reseau-lys"), slugs(tenantsOf("agent.armentieres")));
        assertEquals(List.of("armentieres", "reseau-lys"), meOf("agent.armentieres").tenants());
        assertThrows(InvalidRequestException.class,
                () -> accounts.addTenantMember(melAdmin, "lille", "agent.armentieres", "maire"));
        assertThrows(NotFoundException.class, () -> accounts.addTenantMember(melAdmin, "lille", "personne", "agent"));
    }

    @Test
    void aTenantIsArchivedAndActivatedAgainByAMelAdminOnly() throws Exception {
        assertEquals("archived", accounts.setTenantStatus(melAdmin, "lille", "archived").status());
        assertEquals("archived", tenantsOf("agent.lille").get(0).status(), "the commune still reads its area");
        assertThrows(InvalidRequestException.class, () -> accounts.setTenantStatus(melAdmin, "lille", "deleted"));
        Session instructor = BnmContext.login(context, "mel.instructeur", PASSWORD);
        try {
            assertThrows(ForbiddenException.class, () -> accounts.setTenantStatus(instructor, "lille", "active"));
        } finally {
            instructor.logout();
        }
        assertEquals("active", accounts.setTenantStatus(melAdmin, "lille", "active").status());
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndKeepsThePolicy() throws Exception {
        assertThrows(InvalidRequestException.class, () -> accounts.resetPassword(melAdmin, "agent.lille", "court"));
        accounts.resetPassword(melAdmin, "agent.lille", "nouveau-mot-de-passe");
        assertThrows(LoginException.class, () -> BnmContext.login(context, "agent.lille", PASSWORD));
        BnmContext.login(context, "agent.lille", "nouveau-mot-de-passe").logout();
    }

    @Test
    void anAccountChangesItsOwnPasswordOnlyWithItsCurrentOneAndLogsInAgain() throws Exception {
        Session agent = BnmContext.login(context, "agent.lille", PASSWORD);
        String browser = sessions.open("agent.lille");
        try {
            InvalidRequestException wrong = assertThrows(InvalidRequestException.class,
                    () -> accounts.changeOwnPassword(agent, "pas-le-bon-mot-de-passe", "nouveau-mot-de-passe"));
            assertEquals("/currentPassword", wrong.getErrors().get(0).pointer());
            assertEquals("Le mot de passe actuel n'est pas le bon.", wrong.getErrors().get(0).message());
            InvalidRequestException policy = assertThrows(InvalidRequestException.class,
                    () -> accounts.changeOwnPassword(agent, PASSWORD, "court"));
            assertEquals("/password", policy.getErrors().get(0).pointer());
            assertTrue(sessions.check(browser, "agent.lille"), "a refused change ends nothing");

            accounts.changeOwnPassword(agent, PASSWORD, "mon-nouveau-secret");
            assertThrows(LoginException.class, () -> BnmContext.login(context, "agent.lille", PASSWORD));
            BnmContext.login(context, "agent.lille", "mon-nouveau-secret").logout();
            assertFalse(sessions.check(browser, "agent.lille"), "every session of the account ended");
            melAdmin.refresh(false);
            assertTrue(historyActions("lille").contains("user.password.own"), "journalled");
        } finally {
            agent.logout();
        }
    }

    @Test
    void anAccountChangesItsOwnNameAndEmailWithinTheRules() throws Exception {
        Session agent = BnmContext.login(context, "agent.lille", PASSWORD);
        try {
            InvalidRequestException bad = assertThrows(InvalidRequestException.class,
                    () -> accounts.updateOwnProfile(agent, " ", "pas-un-email"));
            assertEquals(List.of("/displayName", "/email"), bad.getErrors().stream().map(e -> e.pointer()).toList());
            Account updated = accounts.updateOwnProfile(agent, "Camille Agent", "camille@lille.fr");
            assertEquals("Camille Agent", updated.displayName());
            assertEquals("camille@lille.fr", updated.email());
            assertEquals("agent.lille", updated.login());
        } finally {
            agent.logout();
        }
        Session admin = context.resourceResolver().adaptTo(Session.class);
        assertThrows(fr.lillemetropole.bnm.api.ForbiddenException.class,
                () -> accounts.changeOwnPassword(admin, "admin", "un-autre-secret-1"), "Sling's admin is not a portal account");
    }

    @Test
    void aResetOrADisabledAccountEndsItsSessions() throws Exception {
        String first = sessions.open("agent.lille");
        accounts.resetPassword(melAdmin, "agent.lille", "nouveau-mot-de-passe");
        assertFalse(sessions.check(first, "agent.lille"));
        String second = sessions.open("agent.lille");
        accounts.setDisabled(melAdmin, "agent.lille", "a quitté la commune");
        assertFalse(sessions.check(second, "agent.lille"));
    }

    private List<String> historyActions(String slug) throws Exception {
        List<String> actions = new java.util.ArrayList<>();
        for (javax.jcr.NodeIterator it = melAdmin.getNode("/var/bnm/tenants/" + slug + "/history").getNodes();
                it.hasNext();) {
            actions.add(it.nextNode().getProperty("bnm:action").getString());
        }
        return actions;
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() throws Exception {
        accounts.setDisabled(melAdmin, "agent.lille", "a quitté la commune");
        assertThrows(LoginException.class, () -> BnmContext.login(context, "agent.lille", PASSWORD));
        assertTrue(accounts.accounts(melAdmin).stream().filter(a -> a.login().equals("agent.lille"))
                .findFirst().orElseThrow().disabled());
        accounts.setDisabled(melAdmin, "agent.lille", null);
        BnmContext.login(context, "agent.lille", PASSWORD).logout();
    }

    @Test
    void slingsOwnAccountsAreNotPortalAccounts() {
        assertThrows(NotFoundException.class, () -> accounts.resetPassword(melAdmin, "admin", "un-autre-secret-1"));
        assertThrows(NotFoundException.class, () -> accounts.setDisabled(melAdmin, "anonymous", "x"));
    }

    @Test
    void theAccountListShowsRolesTenantsAndNeverAPassword() throws Exception {
        Account agent = accounts.accounts(melAdmin).stream().filter(a -> a.login().equals("agent.armentieres"))
                .findFirst().orElseThrow();
        assertEquals(new Account("agent.armentieres", "Sandrine V.", "sv@armentieres.fr", List.of("agent"),
                List.of("armentieres"), false), agent);
    }

    private List<Tenant> tenantsOf(String login) throws Exception {
        Session caller = BnmContext.login(context, login, PASSWORD);
        try {
            return accounts.tenants(caller);
        } finally {
            caller.logout();
        }
    }

    private Me meOf(String login) throws Exception {
        Session caller = BnmContext.login(context, login, PASSWORD);
        try {
            return accounts.me(caller);
        } finally {
            caller.logout();
        }
    }

    private static List<String> slugs(List<Tenant> tenants) {
        return tenants.stream().map(Tenant::slug).collect(Collectors.toList());
    }
}
