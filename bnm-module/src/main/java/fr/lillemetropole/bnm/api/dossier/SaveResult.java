package fr.lillemetropole.bnm.api.dossier;

import java.util.List;
import java.util.Map;

import fr.lillemetropole.bnm.api.FieldError;

/**
 * The answer to a saved draft: its new version, what is still missing by section, and the values
 * of the form that were refused (kept as typed, not stored in the document; empty for the API's PUT).
 */
public record SaveResult(String etag, String status, Map<String, SectionReport> completeness,
        List<FieldError> refused) {

    public SaveResult(String etag, String status, Map<String, SectionReport> completeness) {
        this(etag, status, completeness, List.of());
    }
}
