package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Tenant;

/**
 * The MEL admins' page: one page of tenants or of accounts, searched and filtered by the query parameters
 * (vue, q, type, statut, role, page), and the outcome of the last action.
 */
@ConsumerType
public interface AdminPage {

    /** A link to one page of the list. */
    record PageLink(int number, String href, boolean current) {
    }

    /** False for anyone but MEL admins: the page then only says so. */
    boolean isAllowed();

    /** True when the accounts list is shown (vue=comptes), false for the tenants list. */
    boolean isAccountsView();

    /** The current page of tenants, sorted by name, matching the search and filters. */
    List<Tenant> getTenants();

    /** The current page of accounts, sorted by login, matching the search and filters. */
    List<Account> getAccounts();

    /** How many tenants or accounts match, over all pages. */
    int getTotal();

    /** Links to every page of the list; empty when one page is enough. */
    List<PageLink> getPages();

    /** The searched text (q), empty if none. */
    String getQuery();

    /** The kind filter (type: commune or network), empty if none. */
    String getKind();

    /** The status filter (statut: active or archived), empty if none. */
    String getStatus();

    /** The role filter (role), empty if none. */
    String getRole();

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();
}
