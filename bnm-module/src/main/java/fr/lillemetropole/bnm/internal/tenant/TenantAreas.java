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
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * Creates a tenant area (commune or network) with its groups, and the ACLs that admit only those
 * groups: the repository, not the Java code, keeps tenants apart.
 * <ul>
 * <li>the area, its dossiers and its history: read for the tenant's groups, nothing more: every
 * change goes through the portal's services and their service users (see the repoinit script),
 * so no generic route (Sling's POST servlet, any account) can change a dossier;</li>
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
            area = parent.addNode(tenant.slug(), JcrNames.TENANT_TYPE);
            area.setProperty(JcrNames.SLUG, tenant.slug());
            area.setProperty(JcrNames.NAME, tenant.name());
            area.setProperty(JcrNames.KIND, tenant.kind());
            area.setProperty(JcrNames.MEMBER_COMMUNES, tenant.memberCommunes().toArray(new String[0]));
            if (tenant.headCommune() != null) {
                area.setProperty(JcrNames.HEAD_COMMUNE, tenant.headCommune());
            }
        }
        List<Group> groups = groups(users, tenant.slug());
        Privilege[] read = AccessControlUtils.privilegesFromNames(session, Privilege.JCR_READ);
        for (Group group : groups) {
            allow(session, area.getPath(), group.getPrincipal(), read);
            for (Group other : groups) {
                allow(session, other.getPath(), group.getPrincipal(), read);
            }
        }
        dropLegacyWriteEntries(session, area.getNode("dossiers").getPath());
        session.save();
        return area;
    }

    /**
     * Areas created before the portal wrote dossiers through its workflow service user only gave the
     * tenant's groups rep:write on the dossiers folder (minus the workflow's items): removes those
     * entries, so that every write goes through the portal. Answers whether anything changed.
     */
    static boolean dropLegacyWriteEntries(Session session, String dossiers) throws RepositoryException {
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(session, dossiers);
        if (acl == null) {
            return false;
        }
        boolean changed = false;
        for (javax.jcr.security.AccessControlEntry entry : acl.getAccessControlEntries()) {
            if (entry.getPrincipal().getName().startsWith(BnmPaths.TENANT_GROUP_PREFIX)) {
                acl.removeAccessControlEntry(entry);
                changed = true;
            }
        }
        if (changed) {
            session.getAccessControlManager().setPolicy(dossiers, acl);
        }
        return changed;
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

    private static void allow(Session session, String path, Principal principal, Privilege[] privileges)
            throws RepositoryException {
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(session, path);
        if (acl.addEntry(principal, privileges, true)) {
            session.getAccessControlManager().setPolicy(path, acl);
        }
    }
}
