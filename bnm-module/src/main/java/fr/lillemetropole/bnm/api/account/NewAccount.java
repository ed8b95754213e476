package fr.lillemetropole.bnm.api.account;

/** What POST /tenants/{slug}/users and POST /staff take. */
public record NewAccount(String login, String password, String displayName, String email, String role) {
}
