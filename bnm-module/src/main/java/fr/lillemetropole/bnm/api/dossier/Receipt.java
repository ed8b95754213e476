package fr.lillemetropole.bnm.api.dossier;

/** Attestation de dépôt: who filed which dossier when, and the SHA-256 of its canonical JSON. */
public record Receipt(String tenant, String campaign, String filedAt, String filedBy, String sha256) {
}
