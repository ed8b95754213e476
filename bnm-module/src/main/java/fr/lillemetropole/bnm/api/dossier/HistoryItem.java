package fr.lillemetropole.bnm.api.dossier;

import java.util.List;

/** An entry of a dossier's journal: who did what, when, and which fields changed. */
public record HistoryItem(String at, String actor, String action, String fromStatus, String toStatus,
        List<String> changed, String comment) {
}
