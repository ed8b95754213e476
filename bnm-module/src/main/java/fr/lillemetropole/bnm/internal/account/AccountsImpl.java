package fr.lillemetropole.bnm.internal.account;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

import javax.jcr.security.Privilege;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.JackrabbitAccessControlList;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.ImportReport;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;
import fr.lillemetropole.bnm.internal.tenant.AuditLog;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;

/** {@link Accounts} on the caller's own session: the repository's ACLs decide what it sees and changes. */
@Component(service = Accounts.class)
public class AccountsImpl implements Accounts {

    private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("fr.lillemetropole.bnm.audit");

    @Reference
    private ServiceSessions services;

    @Reference
    private fr.lillemetropole.bnm.internal.security.SessionRegistry sessions;

    @Reference
    private org.apache.sling.api.resource.ResourceResolverFactory resolverFactory;

    private PasswordCheck passwords = this::loginWorks;

    private java.time.Clock clock = java.time.Clock.systemUTC();

    public AccountsImpl() {
        // OSGi
    }

    public AccountsImpl(ServiceSessions services, fr.lillemetropole.bnm.internal.security.SessionRegistry sessions,
            PasswordCheck passwords) {
        this.services = services;
        this.sessions = sessions;
        this.passwords = passwords;
    }

    /** Logs in as Sling's authentication does (JAAS needs Sling's context, not a bare repository login). */
    private boolean loginWorks(String login, String password) {
        try (org.apache.sling.api.resource.ResourceResolver resolver = resolverFactory.getResourceResolver(Map.of(
                org.apache.sling.api.resource.ResourceResolverFactory.USER, login,
                org.apache.sling.api.resource.ResourceResolverFactory.PASSWORD, password.toCharArray()))) {
            return resolver != null;
        } catch (org.apache.sling.api.resource.LoginException e) {
            return false;
        }
    }

    static final String STAFF_PATH = "bnm/staff";
    private static final String TENANTS_QUERY = "SELECT * FROM [" + JcrNames.TENANT_TYPE + "] AS t ORDER BY t.["
            + JcrNames.SLUG + "]";

    @Override
    public List<Tenant> tenants(Session caller) throws RepositoryException {
        Query query = caller.getWorkspace().getQueryManager().createQuery(TENANTS_QUERY, Query.JCR_SQL2);
        List<Tenant> tenants = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            tenants.add(toTenant(nodes.nextNode()));
        }
        return tenants;
    }

    @Override
    public Tenant tenant(Session caller, String slug) throws NotFoundException, RepositoryException {
        return toTenant(area(caller, slug));
    }

    @Override
    public Tenant createTenant(Session caller, NewTenant input)
            throws InvalidRequestException, ConflictException, ForbiddenException, RepositoryException {
        requireAdmin(caller);
        NewTenant tenant = AccountRules.checkTenant(input);
        if (caller.nodeExists(BnmPaths.tenant(tenant.slug()))) {
            throw new ConflictException("/slug", "Une commune ou un réseau porte déjà l'identifiant « "
                    + tenant.slug() + " ».");
        }
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.BOOTSTRAP)) {
            TenantAreas.ensure(handle.session(), tenant);
        }
        journal(caller, tenant.slug(), "tenant.create", tenant.name());
        caller.refresh(false);
        return toTenant(caller.getNode(BnmPaths.tenant(tenant.slug())));
    }

    @Override
    public Tenant setTenantStatus(Session caller, String slug, String status)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        Node area = area(caller, slug);
        if (!"active".equals(status) && !"archived".equals(status)) {
            throw new InvalidRequestException(fr.lillemetropole.bnm.api.FieldError.schema("/status",
                    "Le statut doit être « active » ou « archived »."));
        }
        if (!status.equals(area.getProperty(JcrNames.STATUS).getString())) {
            try (ServiceSessions.Handle handle = services.open(ServiceSessions.BOOTSTRAP)) {
                handle.session().getNode(area.getPath()).setProperty(JcrNames.STATUS, status);
                handle.session().save();
            }
            journal(caller, slug, "archived".equals(status) ? "tenant.archive" : "tenant.activate", null);
            caller.refresh(false);
        }
        return toTenant(area(caller, slug));
    }

    @Override
    public Account createTenantAccount(Session caller, String slug, NewAccount input) throws InvalidRequestException,
            ConflictException, ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        area(caller, slug);
        NewAccount account = AccountRules.checkAccount(input, AccountRules.TENANT_ROLES);
        return addTenantAccount(caller, slug, account);
    }

    /** A checked account (its password null for an invitation) in the tenant's group of its role. */
    private Account addTenantAccount(Session caller, String slug, NewAccount account)
            throws ConflictException, RepositoryException {
        UserManager users = users(caller);
        String folder = TenantAreas.USER_PATH + "/" + slug;
        User user = createUser(caller, account, folder);
        Group group = TenantAreas.groups(users, slug).get(Roles.tenantRole(account.role()).ordinal());
        group.addMember(user);
        caller.save();
        String folderPath = user.getPath().substring(0, user.getPath().lastIndexOf('/'));
        TenantAreas.shareTeamFolder(caller, slug, folderPath);
        caller.save();
        journal(caller, slug, "user.create", account.login() + " (" + account.role() + ")");
        return toAccount(user);
    }

    @Override
    public Account addTenantMember(Session caller, String slug, String login, String role)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        area(caller, slug);
        if (!AccountRules.TENANT_ROLES.contains(role)) {
            throw new InvalidRequestException(fr.lillemetropole.bnm.api.FieldError.schema("/role",
                    "Le rôle doit être l'un de : " + String.join(", ", AccountRules.TENANT_ROLES) + "."));
        }
        User user = portalUser(caller, login);
        TenantAreas.groups(users(caller), slug).get(Roles.tenantRole(role).ordinal()).addMember(user);
        caller.save();
        journal(caller, slug, "user.add", login + " (" + role + ")");
        return toAccount(user);
    }

    @Override
    public Account createStaffAccount(Session caller, NewAccount input)
            throws InvalidRequestException, ConflictException, ForbiddenException, RepositoryException {
        requireAdmin(caller);
        NewAccount account = AccountRules.checkAccount(input, AccountRules.STAFF_ROLES);
        UserManager users = users(caller);
        User user = createUser(caller, account, STAFF_PATH);
        ((Group) users.getAuthorizable(Roles.STAFF_GROUPS.get(account.role()))).addMember(user);
        caller.save();
        return toAccount(user);
    }

    @Override
    public List<Account> accounts(Session caller) throws ForbiddenException, RepositoryException {
        requireAdmin(caller);
        List<Account> accounts = new ArrayList<>();
        for (Iterator<Authorizable> members = portalUsers(caller).getMembers(); members.hasNext();) {
            Authorizable member = members.next();
            if (!member.isGroup()) {
                accounts.add(toAccount((User) member));
            }
        }
        accounts.sort(java.util.Comparator.comparing(Account::login));
        return accounts;
    }

    @Override
    public void resetPassword(Session caller, String login, String password)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        AccountRules.checkPassword(password, "/password");
        User user = portalUser(caller, login);
        user.changePassword(password);
        caller.save();
        sessions.closeAll(user.getID());
        audit(caller, user, "user.password", login);
    }

    @Override
    public void setDisabled(Session caller, String login, String reason)
            throws ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        User user = portalUser(caller, login);
        user.disable(reason);
        caller.save();
        if (reason != null) {
            sessions.closeAll(user.getID());
        }
        audit(caller, user, reason == null ? "user.enable" : "user.disable", login);
    }

    @Override
    public void changeOwnPassword(Session caller, String currentPassword, String password)
            throws InvalidRequestException, ForbiddenException, RepositoryException {
        String id = new OwnAccount(services, passwords).changePassword(caller, currentPassword, password);
        sessions.closeAll(id);
        selfAudit(caller, id, "user.password.own");
    }

    @Override
    public Account updateOwnProfile(Session caller, String displayName, String email)
            throws InvalidRequestException, ForbiddenException, RepositoryException {
        String id = new OwnAccount(services, passwords).updateProfile(caller, displayName, email);
        selfAudit(caller, id, "user.profile.own");
        return toAccount((User) users(caller).getAuthorizable(id));
    }

    /** In each of the account's tenants' history, and in the audit log for MEL staff. */
    private void selfAudit(Session caller, String id, String action) throws RepositoryException {
        AUDIT.info("{} by {}", action, id);
        audit(caller, (User) users(caller).getAuthorizable(id), action, id);
    }

    @Override
    public Me me(Session caller) throws RepositoryException {
        Authorizable account = users(caller).getAuthorizable(caller.getUserID());
        if (account == null) {
            return new Me(caller.getUserID(), caller.getUserID(), List.of(), List.of());
        }
        Roles roles = Roles.of(account);
        return new Me(account.getID(), Profiles.displayName(account), roles.roles, roles.tenants);
    }

    @Override
    public ImportReport importTenants(Session caller, java.io.Reader csv)
            throws InvalidRequestException, ForbiddenException, RepositoryException {
        requireAdmin(caller);
        List<TenantCsv.Line> lines = TenantImport.check(caller, csv);
        List<String> tenants = new ArrayList<>();
        List<Account> created = new ArrayList<>();
        try {
            for (TenantCsv.Line line : lines) {
                tenants.add(createTenant(caller, line.tenant()).slug());
                for (NewAccount account : line.accounts()) {
                    created.add(addTenantAccount(caller, line.tenant().slug(), account));
                }
            }
        } catch (ConflictException e) {
            // checked beforehand: only a concurrent creation gets here
            throw new InvalidRequestException(fr.lillemetropole.bnm.api.FieldError.schema("/lines", e.getMessage()
                    + " (créé entre-temps par ailleurs : l'import s'est arrêté, relancez-le sans les lignes déjà créées)."));
        }
        List<String> tokens = invitations().create(created.stream().map(Account::login).toList());
        List<ImportReport.InvitedAccount> invited = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Account account = created.get(i);
            invited.add(new ImportReport.InvitedAccount(account.tenants().get(0), account.login(),
                    account.displayName(), account.email(), account.roles().get(0), Invitations.PAGE + tokens.get(i)));
        }
        AUDIT.info("import of {} tenants and {} accounts by {}", tenants.size(), invited.size(), caller.getUserID());
        return new ImportReport(tenants, invited);
    }

    @Override
    public String acceptInvitation(String token, String password)
            throws InvalidRequestException, ConflictException, NotFoundException, RepositoryException {
        String login = invitations().accept(token, password);
        AUDIT.info("invitation accepted by {}", login);
        return login;
    }

    private Invitations invitations() {
        return new Invitations(services, clock);
    }

    /** Tests: the clock that dates invitations. */
    void clock(java.time.Clock clock) {
        this.clock = clock;
    }

    // ---------------------------------------------------------------- helpers

    private static void requireAdmin(Session caller) throws ForbiddenException, RepositoryException {
        if (!Roles.callerIsMelAdmin(caller)) {
            throw new ForbiddenException("Réservé aux administrateurs de la MEL.");
        }
    }

    /** Tenant accounts reach bnm-users through bnm-tenants, staff accounts through their MEL group. */
    private static User createUser(Session caller, NewAccount account, String intermediatePath)
            throws ConflictException, RepositoryException {
        UserManager users = users(caller);
        if (users.getAuthorizable(account.login()) != null) {
            throw new ConflictException("/login", "L'identifiant « " + account.login() + " » est déjà utilisé.");
        }
        User user = users.createUser(account.login(), account.password(), () -> account.login(), intermediatePath);
        user.setProperty(Profiles.DISPLAY_NAME, caller.getValueFactory().createValue(account.displayName()));
        user.setProperty(Profiles.EMAIL, caller.getValueFactory().createValue(account.email()));
        // an account reads its own node (roles, name): granted here rather than left to the
        // repository's AccessControlAction configuration
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(caller, user.getPath());
        acl.addEntry(user.getPrincipal(), AccessControlUtils.privilegesFromNames(caller, Privilege.JCR_READ), true);
        caller.getAccessControlManager().setPolicy(user.getPath(), acl);
        return user;
    }

    private static User portalUser(Session caller, String login) throws NotFoundException, RepositoryException {
        Authorizable account = login == null ? null : users(caller).getAuthorizable(login);
        if (!(account instanceof User) || !portalUsers(caller).isMember(account)) {
            throw new NotFoundException("Aucun compte « " + login + " ».");
        }
        return (User) account;
    }

    /** Every portal account belongs to bnm-users, through its tenant's or its MEL group. */
    private static Group portalUsers(Session caller) throws RepositoryException {
        return (Group) users(caller).getAuthorizable(BnmPaths.GROUP_USERS);
    }

    private void audit(Session caller, User user, String action, String login) throws RepositoryException {
        for (String slug : Roles.of(user).tenants) {
            if (caller.nodeExists(BnmPaths.tenant(slug))) {
                journal(caller, slug, action, login);
            }
        }
    }

    /** A journal entry in the tenant's history, in the caller's name (written by the workflow service user). */
    private void journal(Session caller, String slug, String action, String comment) throws RepositoryException {
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            AuditLog.append(handle.session(), slug, caller.getUserID(), action, comment);
            handle.session().save();
        }
    }

    private static Node area(Session caller, String slug) throws NotFoundException, RepositoryException {
        String path = slug == null || slug.contains("/") ? null : BnmPaths.tenant(slug);
        if (path == null || !caller.nodeExists(path)) {
            throw new NotFoundException("Aucune commune ni aucun réseau « " + slug + " ».");
        }
        return caller.getNode(path);
    }

    private static UserManager users(Session caller) throws RepositoryException {
        return ((JackrabbitSession) caller).getUserManager();
    }

    static Tenant toTenant(Node area) throws RepositoryException {
        List<String> members = new ArrayList<>();
        if (area.hasProperty(JcrNames.MEMBER_COMMUNES)) {
            for (Value value : area.getProperty(JcrNames.MEMBER_COMMUNES).getValues()) {
                members.add(value.getString());
            }
        }
        return new Tenant(area.getProperty(JcrNames.SLUG).getString(), area.getProperty(JcrNames.NAME).getString(),
                area.getProperty(JcrNames.KIND).getString(), members,
                area.hasProperty(JcrNames.HEAD_COMMUNE) ? area.getProperty(JcrNames.HEAD_COMMUNE).getString() : null,
                area.getProperty(JcrNames.STATUS).getString());
    }

    static Account toAccount(User user) throws RepositoryException {
        Roles roles = Roles.of(user);
        return new Account(user.getID(), Profiles.displayName(user), Profiles.email(user), roles.roles, roles.tenants,
                user.isDisabled());
    }

}
