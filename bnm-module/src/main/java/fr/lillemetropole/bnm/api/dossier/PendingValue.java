package fr.lillemetropole.bnm.api.dossier;

import com.fasterxml.jackson.databind.JsonNode;

/** A value the form could not store, kept as typed with its French error until the field is corrected. */
public record PendingValue(String pointer, JsonNode value, String message) {
}
