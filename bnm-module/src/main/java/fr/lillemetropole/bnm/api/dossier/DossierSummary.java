package fr.lillemetropole.bnm.api.dossier;

/** A line of the dossier list: tenant, status, last change, share of complete sections (0-100). */
public record DossierSummary(String tenant, String status, String updatedAt, int completeness) {
}
