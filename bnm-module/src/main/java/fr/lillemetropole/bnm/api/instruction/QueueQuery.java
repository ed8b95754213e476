package fr.lillemetropole.bnm.api.instruction;

/**
 * What the review queue shows: a tab (todo, ongoing, done, drafts), a search on the commune's name,
 * only the caller's dossiers, a sort (filedAt, updatedAt, name) and a page (from 1) of {@code size}.
 */
public record QueueQuery(String tab, String search, boolean mine, String sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    public QueueQuery {
        tab = tab == null || tab.isBlank() ? "todo" : tab;
        sort = sort == null || sort.isBlank() ? "filedAt" : sort;
        page = Math.max(1, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }
}
