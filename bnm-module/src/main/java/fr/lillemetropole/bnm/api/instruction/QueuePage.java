package fr.lillemetropole.bnm.api.instruction;

import java.util.List;
import java.util.Map;

/** One page of the review queue, the number of dossiers it holds, and the count of each tab. */
public record QueuePage(List<QueueItem> items, int total, int page, int size, Map<String, Integer> tabs) {
}
