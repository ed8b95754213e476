package fr.lillemetropole.bnm.api.account;

import java.util.List;

/**
 * What a CSV import of tenants created: the tenants' slugs, and each first account with its one-time
 * invitation link (the account has no password until its owner sets one through that link).
 */
public record ImportReport(List<String> tenants, List<InvitedAccount> accounts) {

    /** An account created by an import; {@code invitation} is the portal path of its one-time link. */
    public record InvitedAccount(String tenant, String login, String displayName, String email, String role,
            String invitation) {
    }
}
