package fr.lillemetropole.bnm.internal.models;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Tenant;

/** Search, filters and sort of the admin page's lists: accents and case do not matter to the search. */
final class AdminFilters {

    private AdminFilters() {
    }

    static List<Tenant> tenants(List<Tenant> all, String query, String kind, String status) {
        String q = fold(query);
        return all.stream()
                .filter(t -> q.isEmpty() || fold(t.name()).contains(q) || fold(t.slug()).contains(q))
                .filter(t -> kind.isEmpty() || kind.equals(t.kind()))
                .filter(t -> status.isEmpty() || status.equals(statusOf(t)))
                .sorted(Comparator.comparing((Tenant t) -> fold(t.name())).thenComparing(Tenant::slug))
                .toList();
    }

    static List<Account> accounts(List<Account> all, String query, String role) {
        String q = fold(query);
        return all.stream()
                .filter(a -> q.isEmpty() || Stream.of(a.login(), a.displayName(), a.email())
                        .anyMatch(v -> fold(v).contains(q)))
                .filter(a -> role.isEmpty() || a.roles().contains(role))
                .sorted(Comparator.comparing(Account::login))
                .toList();
    }

    private static String statusOf(Tenant tenant) {
        return "archived".equals(tenant.status()) ? "archived" : "active";
    }

    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String stripped = Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT);
    }
}
