package fr.lillemetropole.bnm.api.dossier;

/** The elected official's validation of one version of the dossier (void once the dossier changes). */
public record Signature(String signedBy, String name, String signedAt, String sha256, boolean valid) {
}
