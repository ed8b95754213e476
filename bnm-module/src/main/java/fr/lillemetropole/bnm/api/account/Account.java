package fr.lillemetropole.bnm.api.account;

import java.util.List;

/** An account as the API shows it (never its password). */
public record Account(String login, String displayName, String email, List<String> roles, List<String> tenants,
        boolean disabled) {
}
