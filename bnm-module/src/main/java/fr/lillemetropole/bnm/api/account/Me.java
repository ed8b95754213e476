package fr.lillemetropole.bnm.api.account;

import java.util.List;

/** GET /me: who the caller is. */
public record Me(String login, String displayName, List<String> roles, List<String> tenants) {
}
