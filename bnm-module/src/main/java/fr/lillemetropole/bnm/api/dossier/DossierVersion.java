package fr.lillemetropole.bnm.api.dossier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A dossier as stored: its document in normal form, its version (ETag) and status. */
public record DossierVersion(ObjectNode document, String etag, String status) {
}
