package fr.lillemetropole.bnm.api;

/**
 * Where the portal keeps things in the repository, and the names of its groups. The tree and
 * the MEL groups are created by the repoinit script of bnm-content-types.
 */
public final class BnmPaths {

    /** Published portal: readable by everyone. */
    public static final String CONTENT_ROOT = "/content/bnm";
    /** Protected data: nothing is readable unless an ACL allows it. */
    public static final String DATA_ROOT = "/var/bnm";
    public static final String CAMPAIGNS = DATA_ROOT + "/campaigns";
    public static final String TENANTS = DATA_ROOT + "/tenants";

    public static final String GROUP_USERS = "bnm-users";
    public static final String GROUP_ADMINS = "bnm-mel-admins";
    public static final String GROUP_INSTRUCTORS = "bnm-mel-instructors";
    public static final String GROUP_EDITORS = "bnm-mel-editors";
    public static final String GROUP_TENANTS = "bnm-tenants";
    /** The start of every tenant group's id. */
    public static final String TENANT_GROUP_PREFIX = "bnm-tenant-";

    private BnmPaths() {}

    public static String tenant(String slug) {
        return TENANTS + "/" + slug;
    }

    public static String campaign(String id) {
        return CAMPAIGNS + "/" + id;
    }

    /** The group of a tenant's accounts having a role: {@code bnm-tenant-armentieres-agents}. */
    public static String tenantGroup(String slug, TenantRole role) {
        return TENANT_GROUP_PREFIX + slug + "-" + role.groupSuffix();
    }
}
