package fr.lillemetropole.bnm.api.dossier;

import java.util.List;
import java.util.Map;

/** GET .../status. */
public record StatusReport(String status, Map<String, SectionReport> completeness, List<HistoryItem> history) {
}
