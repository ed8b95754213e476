package fr.lillemetropole.bnm.api.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Attestation de dépôt: who filed which dossier when, and the SHA-256 of its canonical JSON.
 *
 * @param submittedAt     the filing's instant (ISO-8601)
 * @param submittedBy     the filer's login
 * @param submittedByName the filer's display name (their login for dossiers filed before names were kept)
 * The API's JSON keeps the names of its first version: {@code filedAt}, {@code filedBy}, {@code filedByName}.
 */
public record Receipt(String tenant, String campaign, @JsonProperty("filedAt") String submittedAt,
        @JsonProperty("filedBy") String submittedBy, @JsonProperty("filedByName") String submittedByName,
        String sha256) {
}
