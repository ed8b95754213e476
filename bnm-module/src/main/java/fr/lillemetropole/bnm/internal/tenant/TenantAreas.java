package fr.lillemetropole.bnm.internal.tenant;

import java.security.Principal;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.security.AccessControlManager;
import javax.jcr.security.Privilege;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.JackrabbitAccessControlList;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;

/**
 * Creates a tenant area (commune or network) with its groups, and the ACL that admits only
 * those groups: the repository, not the Java code, keeps tenants apart.
 */
public final class TenantAreas {

    static final String GROUP_PATH = "bnm/tenants";

    private TenantAreas() {}

    /** Creates the tenant area if missing (idempotent); answers its node. Saves the session. */
    public static Node ensure(Session session, String slug, String name, String kind, List<String> memberCommunes)
            throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        Group tenants = (Group) users.getAuthorizable(BnmPaths.GROUP_TENANTS);
        Node parent = session.getNode(BnmPaths.TENANTS);
        Node tenant;
        if (parent.hasNode(slug)) {
            tenant = parent.getNode(slug);
        } else {
            tenant = parent.addNode(slug, "bnm:Tenant");
            tenant.setProperty("bnm:slug", slug);
            tenant.setProperty("bnm:name", name);
            tenant.setProperty("bnm:kind", kind);
            tenant.setProperty("bnm:memberCommunes", memberCommunes.toArray(new String[0]));
        }
        AccessControlManager acm = session.getAccessControlManager();
        JackrabbitAccessControlList acl = AccessControlUtils.getAccessControlList(session, tenant.getPath());
        Privilege[] readWrite = AccessControlUtils.privilegesFromNames(session, Privilege.JCR_READ, "rep:write");
        for (TenantRole role : TenantRole.values()) {
            Group group = group(users, BnmPaths.tenantGroup(slug, role));
            if (tenants != null && !tenants.isDeclaredMember(group)) {
                tenants.addMember(group);
            }
            acl.addEntry(group.getPrincipal(), readWrite, true);
        }
        acm.setPolicy(tenant.getPath(), acl);
        session.save();
        return tenant;
    }

    private static Group group(UserManager users, String id) throws RepositoryException {
        Authorizable existing = users.getAuthorizable(id);
        if (existing != null) {
            return (Group) existing;
        }
        Principal principal = () -> id;
        return users.createGroup(id, principal, GROUP_PATH);
    }
}
