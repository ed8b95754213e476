package fr.lillemetropole.bnm.api.account;

import java.util.List;

import javax.jcr.Session;

import org.osgi.annotation.versioning.ProviderType;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;

/**
 * Tenants and accounts. Every method works in the caller's own JCR session: what the caller may
 * not read does not exist for it, and what it may not write fails in the repository.
 */
@ProviderType
public interface Accounts {

    /** Tenants the caller can read, by slug. */
    List<Tenant> tenants(Session caller) throws javax.jcr.RepositoryException;

    Tenant tenant(Session caller, String slug) throws NotFoundException, javax.jcr.RepositoryException;

    /** MEL admins only: creates the area, its groups and its ACL. */
    Tenant createTenant(Session caller, NewTenant tenant)
            throws InvalidRequestException, ConflictException, ForbiddenException, javax.jcr.RepositoryException;

    /** MEL admins only: archives a tenant (it stays readable, with its history) or makes it active again. */
    Tenant setTenantStatus(Session caller, String slug, String status) throws InvalidRequestException,
            ForbiddenException, NotFoundException, javax.jcr.RepositoryException;

    /** MEL admins only: an agent or elected-official account of the tenant. */
    Account createTenantAccount(Session caller, String slug, NewAccount account) throws InvalidRequestException,
            ConflictException, ForbiddenException, NotFoundException, javax.jcr.RepositoryException;

    /** MEL admins only: gives an existing commune account a role in one more tenant (a network, say). */
    Account addTenantMember(Session caller, String slug, String login, String role) throws InvalidRequestException,
            ForbiddenException, NotFoundException, javax.jcr.RepositoryException;

    /** MEL admins only: an instructor, editor or admin account. */
    Account createStaffAccount(Session caller, NewAccount account)
            throws InvalidRequestException, ConflictException, ForbiddenException, javax.jcr.RepositoryException;

    /** MEL admins only: every portal account. */
    List<Account> accounts(Session caller) throws ForbiddenException, javax.jcr.RepositoryException;

    /** MEL admins only. */
    void resetPassword(Session caller, String login, String password) throws InvalidRequestException,
            ForbiddenException, NotFoundException, javax.jcr.RepositoryException;

    /** MEL admins only: a disabled account cannot log in; {@code reason} null enables it again. */
    void setDisabled(Session caller, String login, String reason)
            throws ForbiddenException, NotFoundException, javax.jcr.RepositoryException;

    Me me(Session caller) throws javax.jcr.RepositoryException;

    /**
     * MEL admins only: tenants and their first accounts from a CSV file (see {@code TenantCsv} for the
     * columns). Every line is checked first; one error and nothing is created, every error named by line
     * and column. The accounts get no password but a one-time invitation link, valid 72 hours.
     */
    ImportReport importTenants(Session caller, java.io.Reader csv)
            throws InvalidRequestException, ForbiddenException, javax.jcr.RepositoryException;

    /**
     * Anyone holding the link: sets the invited account's password, once, before the invitation expires.
     * Answers the account's login.
     */
    String acceptInvitation(String token, String password)
            throws InvalidRequestException, ConflictException, NotFoundException, javax.jcr.RepositoryException;

    /**
     * The caller changes its own password: the current one is checked, the policy applied, the change
     * journalled, and every session of the account ends (log in again).
     */
    void changeOwnPassword(Session caller, String currentPassword, String password)
            throws InvalidRequestException, ForbiddenException, javax.jcr.RepositoryException;

    /** The caller changes its own name and e-mail (journalled). */
    Account updateOwnProfile(Session caller, String displayName, String email)
            throws InvalidRequestException, ForbiddenException, javax.jcr.RepositoryException;
}
