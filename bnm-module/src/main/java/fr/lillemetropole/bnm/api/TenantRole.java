package fr.lillemetropole.bnm.api;

/** The roles a commune or network account may hold in its tenant. */
public enum TenantRole {
    /** Fills the dossier (agent référent). */
    AGENT("agents"),
    /** Validates and signs the dossier (élu référent). */
    ELECTED("elected");

    private final String groupSuffix;

    TenantRole(String groupSuffix) {
        this.groupSuffix = groupSuffix;
    }

    public String groupSuffix() {
        return groupSuffix;
    }
}
