package fr.lillemetropole.bnm.internal.faq;

import java.util.List;

/** What the FAQ's API reads and writes (JSON bodies and answers). */
public final class FaqRecords {

    private FaqRecords() {}

    /** A new or edited entry: its category's id, question, answer (HTML or plain text), tags (comma-separated). */
    public record EntryInput(String category, String question, String answer, String tags) {
    }

    /** A new or renamed category. */
    public record CategoryInput(String title) {
    }

    /** A move: "up" or "down". */
    public record MoveInput(String direction) {
    }

    /** The published FAQ, by category in their order (what anyone may read). */
    public record PublicFaq(List<PublicCategory> categories) {
    }

    public record PublicCategory(String id, String title, List<PublicEntry> entries) {
    }

    /** A published entry: its anchor on the FAQ page is its id. */
    public record PublicEntry(String id, String question, String answer, List<String> tags, String updatedAt) {
    }

    /** The editorial copy, for MEL editors: every category and entry, drafts included. */
    public record EditorialCategory(String id, String title, List<EditorialEntry> entries) {
    }

    /**
     * An entry's editorial copy. status: draft, published or unpublished; changesToPublish: edited since its
     * publication (the public copy still shows the published text).
     */
    public record EditorialEntry(String id, String category, String question, String answer, List<String> tags,
            String status, boolean changesToPublish, String updatedAt, String updatedBy, String publishedAt) {
    }

    /** One line of an entry's history: when, who, what (created, edited, published, unpublished, moved). */
    public record HistoryItem(String at, String actor, String action, List<String> changed) {
    }
}
