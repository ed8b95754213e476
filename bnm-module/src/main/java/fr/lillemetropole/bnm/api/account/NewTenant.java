package fr.lillemetropole.bnm.api.account;

import java.util.List;

/** What POST /tenants takes. {@code slug} may be null: it is then made from the name. */
public record NewTenant(String slug, String name, String kind, List<String> memberCommunes, String headCommune) {
}
