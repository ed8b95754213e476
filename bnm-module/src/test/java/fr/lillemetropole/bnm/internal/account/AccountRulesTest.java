package fr.lillemetropole.bnm.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;

class AccountRulesTest {

    @Test
    void theSlugIsMadeFromTheName() {
        assertEquals("armentieres", AccountRules.slugOf("Armentières"));
        assertEquals("reseau-lys", AccountRules.slugOf("  Réseau  Lys "));
        assertEquals("la-chapelle-d-armentieres", AccountRules.slugOf("La Chapelle-d'Armentières"));
    }

    @Test
    void aCommuneWithoutMembersIsItsOwnMember() throws Exception {
        NewTenant tenant = AccountRules.checkTenant(new NewTenant(null, "Armentières", "commune", null, null));
        assertEquals("armentieres", tenant.slug());
        assertEquals(List.of("Armentières"), tenant.memberCommunes());
    }

    @Test
    void everyTenantErrorNamesItsField() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AccountRules.checkTenant(
                new NewTenant("Pas Bon", " ", "region", List.of("Lille", "Lille", " "), "Roubaix")));
        assertEquals(List.of("/name", "/slug", "/kind", "/memberCommunes/1", "/memberCommunes/2", "/headCommune"),
                pointers(e));
        assertTrue(e.getErrors().stream().allMatch(error -> "schema".equals(error.rule())));
        assertTrue(e.getErrors().get(0).message().contains("nom"));
    }

    @Test
    void aNetworkHasAtLeastTwoMembersAndItsHeadIsOneOfThem() throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AccountRules.checkTenant(
                new NewTenant("reseau-lys", "Réseau Lys", "network", List.of("Comines"), null)));
        assertEquals(List.of("/memberCommunes"), pointers(e));
        NewTenant ok = AccountRules.checkTenant(new NewTenant(null, "Réseau Lys", "network",
                List.of(" Comines ", "Wervicq-Sud"), "Comines"));
        assertEquals(List.of("Comines", "Wervicq-Sud"), ok.memberCommunes());
        assertEquals("Comines", ok.headCommune());
    }

    @Test
    void passwordsHaveTwelveCharactersAtLeast() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AccountRules.checkAccount(
                new NewAccount("agent.lille", "court", "Agent Lille", "agent@lille.fr", "agent"),
                AccountRules.TENANT_ROLES));
        assertEquals(List.of("/password"), pointers(e));
        assertTrue(e.getErrors().get(0).message().contains("12 caractères"));
        assertThrows(InvalidRequestException.class, () -> AccountRules.checkPassword("onze-carac", "/password"));
    }

    @Test
    void everyAccountErrorNamesItsField() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AccountRules.checkAccount(
                new NewAccount("A", "un-mot-de-passe-long", "", "pas-un-email", "instructor"),
                AccountRules.TENANT_ROLES));
        assertEquals(List.of("/login", "/displayName", "/email", "/role"), pointers(e));
    }

    @Test
    void aValidAccountIsTrimmed() throws Exception {
        NewAccount account = AccountRules.checkAccount(
                new NewAccount(" agent.lille ", "un-mot-de-passe-long", " Agent Lille ", "agent@lille.fr", "agent"),
                AccountRules.TENANT_ROLES);
        assertEquals("agent.lille", account.login());
        assertEquals("Agent Lille", account.displayName());
    }

    private static List<String> pointers(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::pointer).collect(Collectors.toList());
    }
}
