package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** One dossier under review: read-only by section, its moves, notes, messages, filings and changes. */
@ConsumerType
public interface InstructionReview {

    boolean isFound();

    boolean isInstructor();

    String getCampaign();

    String getTenant();

    String getTenantName();

    String getStatus();

    String getStatusLabel();

    String getStatusComment();

    String getEtag();

    String getAssignedName();

    boolean isAssignedToMe();

    /** The moves the dossier's status allows now. */
    List<? extends Move> getMoves();

    List<? extends Item> getNotes();

    List<? extends Item> getMessages();

    List<? extends Item> getFilings();

    List<? extends Item> getChanges();

    /** The dossier by section, read-only (parts of fields, as the form shows them). */
    List<? extends Section> getSections();

    /** This page's own address, where its forms come back. */
    String getSelf();

    String getApiUrl();

    String getQueueUrl();

    String getOk();

    String getError();

    /** A move: the status it leads to, its label, whether a comment is required. */
    interface Move {
        String getTo();

        String getLabel();

        boolean isCommentRequired();
    }

    /** A dated line: a note, a message, a filing or a change. */
    interface Item {
        String getWhen();

        String getWho();

        String getText();

        String getUrl();
    }

    /** A section of the dossier. */
    interface Section {
        String getTitle();

        List<?> getParts();
    }
}
