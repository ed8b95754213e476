package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** The public FAQ page: published entries by category, and the results of a search ({@code ?q=}). */
@ConsumerType
public interface FaqPage {

    /** The categories that have a published entry, in the editors' order. */
    List<Category> getCategories();

    /** The words searched, or null. */
    String getQuery();

    /** Whether a search was made (then {@link #getResults()} answers it, possibly empty). */
    boolean isSearched();

    List<Entry> getResults();

    /** A category. */
    interface Category {
        String getId();

        String getTitle();

        List<Entry> getEntries();
    }

    /** A published entry; its id is its anchor on the page. */
    interface Entry {
        String getId();

        String getQuestion();

        /** Sanitized HTML (render with context 'html'). */
        String getAnswer();

        /** The date of its last publication, in French. */
        String getUpdatedAt();
    }
}
