package fr.lillemetropole.bnm.internal.tenant;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.security.Privilege;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.JackrabbitAccessControlList;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.api.account.NewTenant;

/**
 * Creates a tenant area (commune or network) with its groups, and the ACLs that admit only those
 * groups: the repository, not the Java code, keeps tenants apart.
 * <ul>
 * <li>the area: read for the tenant's groups (its history is therefore read-only for them);</li>
 * <li>its dossiers: write for the tenant's groups, except the workflow's items (status, filing,
 * signatures), which only the portal's workflow service user writes;</li>
 * <li>its groups and its accounts' folder: read for the tenant's groups (the team page).</li>
 * </ul>
 */
public final class TenantAreas {

    public static final String GROUP_PATH = "bnm/tenants";
    public static final String USER_PATH = "bnm/tenants";

    private TenantAreas() {}

    /** Creates the tenant area if missing (idempotent); answers its node. Saves the session. */
    public static Node ensure(Session session, NewTenant tenant) throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        Node parent = session.getNode(BnmPaths.TENANTS);
        Node area;
        if (parent.hasNode(tenant.slug())) {
            area = parent.getNode(tenant.slug());
        } else {
            area = parent.addNode(tenant.slug(), "bnm:Tenant");
            area.setProperty("bnm:slug", tenant.slug());
            area.setProperty("bnm:name", tenant.name());
            area.setProperty("bnm:kind", tenant.kind());
            area.setProperty("bnm:memberCommunes", tenant.memberCommunes().toArray(new String[0]));
            if (tenant.headCommune() != null) {
                area.setProperty("bnm:headCommune", tenant.headCommune());
            }
        }
        List<Group> groups = groups(users, tenant.slug());
        Privilege[] read = AccessControlUtils.privilegesFromNames(session, Privilege.JCR_READ);
        Privilege[] write = AccessControlUtils.privilegesFromNames(session, Privilege.JCR_READ, "rep:write");
        String dossiers = area.getNode("dossiers").getPath();
        for (Group group : groups) {
            allow(session, area.getPath(), group.getPrincipal(), read);
            allow(session, dossiers, group.getPrincipal(), write);
            protectWorkflow(session, dossiers, group.getPrincipal());
            for (Group other : groups) {
                allow(session, other.getPath(), group.getPrincipal(), read);
            }
        }
        session.save();
        return area;
    }

    /** Lets the tenant's groups read the folder of its accounts (names and e-mails of the team). */
    public static void shareTeamFolder(Session session, String slug, String folderPath) throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        Privilege[] read = AccessControlUtils.privilegesFromNames(session, Privilege.JCR_READ);
        for (Group group : groups(users, slug)) {
            allow(session, folderPath, group.getPrincipal(), read);
        }
    }

    /** The tenant's groups, agents then elected officials, created if missing. */
    public static List<Group> groups(UserManager users, String slug) throws RepositoryException {
        Group tenants = (Group) users.getAuthorizable(BnmPaths.GROUP_TENANTS);
        List<Group> groups = new ArrayList<>();
        for (TenantRole role : TenantRole.values()) {
            String id = BnmPaths.tenantGroup(slug, role);
            Authorizable existing = users.getAuthorizable(id);
            Group group;
            if (existing != null) {
                group = (Group) existing;
            } else {
                Principal principal = () -> id;
                group = users.createGroup(id, principal, GROUP_PATH);
            }
            if (tenants != null && !tenants.isDeclaredMember(group)) {
                tenants.addMember(group);
            }
            groups.add(group);
        }
        return groups;
    }

    /** Items of a dossier that only the workflow writes: the commune cannot forge a status or a signature. */
    static final String[] WORKFLOW_ITEMS = {"bnm:status", "bnm:submittedAt", "bnm:submittedBy", "bnm:receiptSha256",
        "signatures", "notes"};

    private static void protectWorkflow(Session session, String dossiers, Principal principal) throws RepositoryException {
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(session, dossiers);
        javax.jcr.ValueFactory values = session.getValueFactory();
        javax.jcr.Value[] names = new javax.jcr.Value[WORKFLOW_ITEMS.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = values.createValue(WORKFLOW_ITEMS[i], javax.jcr.PropertyType.NAME);
        }
        boolean denyItems = acl.addEntry(principal, AccessControlUtils.privilegesFromNames(session, "rep:write"), false,
                java.util.Map.of(), java.util.Map.of("rep:itemNames", names));
        boolean denyLists = acl.addEntry(principal, AccessControlUtils.privilegesFromNames(session, "rep:write"), false,
                java.util.Map.of("rep:glob", values.createValue("/*/signatures/*")));
        boolean denyNotes = acl.addEntry(principal, AccessControlUtils.privilegesFromNames(session, "rep:write"), false,
                java.util.Map.of("rep:glob", values.createValue("/*/notes/*")));
        if (denyItems || denyLists || denyNotes) {
            session.getAccessControlManager().setPolicy(dossiers, acl);
        }
    }

    private static void allow(Session session, String path, Principal principal, Privilege[] privileges)
            throws RepositoryException {
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(session, path);
        if (acl.addEntry(principal, privileges, true)) {
            session.getAccessControlManager().setPolicy(path, acl);
        }
    }
}
