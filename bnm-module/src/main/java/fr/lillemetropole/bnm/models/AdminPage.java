package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Tenant;

/** The MEL admins' page: tenants and accounts, and the outcome of the last action. */
@ConsumerType
public interface AdminPage {

    /** False for anyone but MEL admins: the page then only says so. */
    boolean isAllowed();

    List<Tenant> getTenants();

    List<Account> getAccounts();

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();
}
