package fr.lillemetropole.bnm.internal.account;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.jcr.RepositoryException;

import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;

/** Reads an account's roles and tenants from its group memberships. */
public final class Roles {

    static final Map<String, String> STAFF_GROUPS = Map.of(
            "instructor", BnmPaths.GROUP_INSTRUCTORS,
            "editor", BnmPaths.GROUP_EDITORS,
            "admin", BnmPaths.GROUP_ADMINS);
    private static final String TENANT_PREFIX = BnmPaths.TENANT_GROUP_PREFIX;

    /** A role in one tenant: "agent" or "elected". */
    public record Membership(String tenant, String role) {
    }

    final List<String> roles;
    final List<String> tenants;
    private final List<Membership> memberships;

    private Roles(List<String> roles, List<String> tenants, List<Membership> memberships) {
        this.roles = roles;
        this.tenants = tenants;
        this.memberships = memberships;
    }

    /** Role codes: agent, elected, instructor, editor, admin. */
    public List<String> roles() {
        return roles;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public static Roles of(Authorizable account) throws RepositoryException {
        TreeSet<String> roles = new TreeSet<>();
        TreeSet<String> tenants = new TreeSet<>();
        List<Membership> memberships = new ArrayList<>();
        for (Iterator<Group> groups = account.memberOf(); groups.hasNext();) {
            String id = groups.next().getID();
            STAFF_GROUPS.forEach((role, group) -> {
                if (group.equals(id)) {
                    roles.add(role);
                }
            });
            if (id.startsWith(TENANT_PREFIX)) {
                for (TenantRole role : TenantRole.values()) {
                    String suffix = "-" + role.groupSuffix();
                    if (id.endsWith(suffix) && id.length() > TENANT_PREFIX.length() + suffix.length()) {
                        String code = role.name().toLowerCase(java.util.Locale.ROOT);
                        String tenant = id.substring(TENANT_PREFIX.length(), id.length() - suffix.length());
                        roles.add(code);
                        tenants.add(tenant);
                        memberships.add(new Membership(tenant, code));
                    }
                }
            }
        }
        memberships.sort(java.util.Comparator.comparing(Membership::tenant).thenComparing(Membership::role));
        return new Roles(new ArrayList<>(roles), new ArrayList<>(tenants), List.copyOf(memberships));
    }

    /** Whether the caller's own account belongs to the group (directly or through another group). */
    public static boolean callerIn(javax.jcr.Session caller, String groupId) throws RepositoryException {
        org.apache.jackrabbit.api.security.user.UserManager users =
                ((org.apache.jackrabbit.api.JackrabbitSession) caller).getUserManager();
        Authorizable account = users.getAuthorizable(caller.getUserID());
        Authorizable group = users.getAuthorizable(groupId);
        return account != null && group instanceof Group && ((Group) group).isMember(account);
    }

    /** Whether the caller is a MEL admin: a member of bnm-mel-admins, or Sling's built-in admin account. */
    public static boolean callerIsMelAdmin(javax.jcr.Session caller) throws RepositoryException {
        return "admin".equals(caller.getUserID()) || callerIn(caller, BnmPaths.GROUP_ADMINS);
    }

    static TenantRole tenantRole(String code) {
        return "elected".equals(code) ? TenantRole.ELECTED : TenantRole.AGENT;
    }
}
