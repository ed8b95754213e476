package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The MEL editors' page « Rédaction »: every FAQ category and entry with its state, and for the entry chosen
 * ({@code ?e=<id>}) its form, the preview of its answer as saved, and its history.
 */
@ConsumerType
public interface FaqEditorPage {

    /** False for anyone but MEL editors and admins: the page then only says so. */
    boolean isAllowed();

    List<Category> getCategories();

    /** The entry chosen, or null. */
    Entry getSelected();

    /** The categories, for the entry forms' list (the selected entry's category chosen). */
    List<Choice> getCategoryChoices();

    /** This page's URL (the forms come back to it). */
    String getPageUrl();

    /** A category of the editorial copy. */
    interface Category {
        String getId();

        String getTitle();

        List<Entry> getEntries();
    }

    /** An entry of the editorial copy. */
    interface Entry {
        String getId();

        String getQuestion();

        /** The saved answer: sanitized HTML, for the form and the preview. */
        String getAnswer();

        /** Comma-separated. */
        String getTags();

        /** Brouillon, Publiée, Retirée. */
        String getStatusLabel();

        boolean isPublished();

        /** Edited since its publication: the public FAQ still shows the published text. */
        boolean isChangesToPublish();

        String getUpdatedAt();

        String getUpdatedBy();

        /** The page with this entry chosen. */
        String getUrl();

        /** The entry's API path (its actions are below it). */
        String getAction();

        List<HistoryLine> getHistory();
    }

    /** A line of an entry's history. */
    interface HistoryLine {
        String getAt();

        String getActor();

        String getAction();
    }

    /** A category in a list of choices. */
    interface Choice {
        String getCode();

        String getLabel();

        boolean isSelected();
    }
}
