package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Tenant;

/** One tenant as MEL admins manage it (?t=slug): details, accounts, dossiers and history. */
@ConsumerType
public interface AdminTenantPage {

    /** False for anyone but MEL admins: the page then only says so. */
    boolean isAllowed();

    /** The tenant, or null when ?t names none. */
    Tenant getTenant();

    /** The tenant's area: kind label, dossiers per campaign with their status labels, newest history first. */
    CommuneArea.Area getArea();

    /** The tenant's accounts, by login. */
    List<Account> getAccounts();

    /** This page's address, where the actions' forms come back. */
    String getUrl();

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();
}
