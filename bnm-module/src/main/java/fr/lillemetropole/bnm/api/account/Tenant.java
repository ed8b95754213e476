package fr.lillemetropole.bnm.api.account;

import java.util.List;

/** A commune or a network of communes, as the API shows it. */
public record Tenant(String slug, String name, String kind, List<String> memberCommunes, String headCommune,
        String status) {
}
