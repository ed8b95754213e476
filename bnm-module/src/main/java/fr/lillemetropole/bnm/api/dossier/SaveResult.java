package fr.lillemetropole.bnm.api.dossier;

import java.util.Map;

/** The answer to a saved draft: its new version and what is still missing, by section. */
public record SaveResult(String etag, String status, Map<String, SectionReport> completeness) {
}
