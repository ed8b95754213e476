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
final class Roles {

    static final Map<String, String> STAFF_GROUPS = Map.of(
            "instructor", BnmPaths.GROUP_INSTRUCTORS,
            "editor", BnmPaths.GROUP_EDITORS,
            "admin", BnmPaths.GROUP_ADMINS);
    private static final String TENANT_PREFIX = "bnm-tenant-";

    final List<String> roles;
    final List<String> tenants;

    private Roles(List<String> roles, List<String> tenants) {
        this.roles = roles;
        this.tenants = tenants;
    }

    static Roles of(Authorizable account) throws RepositoryException {
        TreeSet<String> roles = new TreeSet<>();
        TreeSet<String> tenants = new TreeSet<>();
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
                        roles.add(role.name().toLowerCase(java.util.Locale.ROOT));
                        tenants.add(id.substring(TENANT_PREFIX.length(), id.length() - suffix.length()));
                    }
                }
            }
        }
        return new Roles(new ArrayList<>(roles), new ArrayList<>(tenants));
    }

    static TenantRole tenantRole(String code) {
        return "elected".equals(code) ? TenantRole.ELECTED : TenantRole.AGENT;
    }
}
