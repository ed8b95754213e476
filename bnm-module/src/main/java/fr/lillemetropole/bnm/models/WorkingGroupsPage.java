package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The working groups' pages: the list (every group, its description and time commitment) and one page
 * per group; portal accounts also see its members (from the filed dossiers), meetings and documents;
 * MEL editors and admins also get the forms that edit them.
 */
@ConsumerType
public interface WorkingGroupsPage {

    /** Whether the caller is a portal account (communes and MEL staff): the members-only part shows. */
    boolean isMember();

    /** Whether the caller edits the groups (MEL editors and admins): the forms show. */
    boolean isEditor();

    /** Every group, in the list's order. */
    List<Group> getGroups();

    /** The group of this page, or null on the list. */
    Group getGroup();

    /** Members of this page's group, by name (portal accounts only, else empty). */
    List<Member> getMembers();

    /** Meetings to come, soonest first. */
    List<Meeting> getUpcoming();

    /** Meetings held, latest first. */
    List<Meeting> getPast();

    /** Documents, newest first. */
    List<Document> getDocuments();

    /** Where the new group's form posts. */
    String getCreateAction();

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();

    /** The largest document the portal accepts, in bytes (the upload form checks it before sending). */
    long getDocumentMaxBytes();

    /** What a user reads when a document is larger than that. */
    String getDocumentTooLarge();

    /** A group's public part and where its forms post. */
    interface Group {
        String getSlug();

        String getTitle();

        /** HTML (shown through HTL's html context). */
        String getDescription();

        /** The time commitment (« environ 4 h par mois »). */
        String getCommitment();

        /** Whether the dossier's form proposes it (members come from the dossiers). */
        boolean isInForm();

        String getUrl();

        String getAction();

        String getMeetingsAction();

        String getDocumentsAction();
    }

    /** A commune, or a network with its communes. */
    interface Member {
        String getName();

        boolean isNetwork();

        /** The network's communes, comma-separated ("" for a commune). */
        String getCommunes();
    }

    /** A meeting, its date in French. */
    interface Meeting {
        String getDate();

        String getPlace();

        String getVisioUrl();

        String getAgenda();

        String getDeleteAction();
    }

    /** A document, its size and type as users read them. */
    interface Document {
        String getTitle();

        String getTypeLabel();

        /** « 245 Ko », « 1,2 Mo ». */
        String getSize();

        String getAddedAt();

        String getUrl();

        String getDeleteAction();
    }
}
