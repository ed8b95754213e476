package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** The commune's dossier pages: the list of sections with what is missing, or one section's form. */
@ConsumerType
public interface DossierPage {

    /** False when the campaign or the tenant is unknown to the caller (the page then says so). */
    boolean isFound();

    String getCampaign();
    /** The campaign's title (« Appel à manifestation d'intérêt BNM 2022 »), for people. */
    String getCampaignTitle();

    String getTenant();

    String getTenantName();

    String getStatus();

    /** "Brouillon — non déposé", "Déposé", ... */
    String getStatusLabel();

    /** The commune may still change the dossier. */
    boolean isEditable();

    /** The dossier's version, sent back with the form (If-Match). */
    String getEtag();

    /** "Déposé le 30/09/2022 à 14:05 par …", when filed. */
    String getFiledLabel();

    String getReceiptSha256();

    /** The elected official's signature of the current version, or a note that there is none or it is void. */
    String getSignatureLabel();

    boolean isSignatureValid();

    boolean isCanSign();

    /** Every section of the form, with its completeness and what is missing. */
    List<? extends SectionItem> getSections();

    int getCompleteness();

    /** The libraries of VOLET 1, for adding, removing and reordering them. */
    List<? extends LibraryItem> getLibraries();

    /** A library of VOLET 1. */
    interface LibraryItem {
        int getIndex();

        String getTitle();

        String getUrl();

        boolean isFirst();

        boolean isLast();
    }

    /** The section shown, or null on the overview. */
    SectionItem getCurrent();

    /** The form parts of the current section. */
    List<? extends FormPart> getParts();

    /** The sections before and after the current one. */
    SectionItem getPrevious();

    SectionItem getNext();

    /** Base link of the dossier pages (the section id is added to it). */
    String getLink();

    String getApiUrl();

    /** Messages of the last action (a one-time flash, never read from the URL). */
    String getOk();

    String getError();

    /** The caller may file the dossier now (the service's answer). */
    boolean isCanSubmit();

    /** Refused values still waiting for a correction, on the whole dossier. */
    int getPendingCount();

    /** A dossier not started yet: the earlier campaign whose filed dossier it may start from, or null. */
    String getPreviousCampaign();

    /** The MEL's comment on the last decision (returned, rejected…), or null. */
    String getStatusComment();

    /** Messages from the MEL, and every filed version (each readable as filed), as dated lines. */
    List<? extends InstructionReview.Item> getMessages();

    List<? extends InstructionReview.Item> getFilings();

    /** A section of the form. */
    interface SectionItem {
        String getId();
        /** False for the summary's list of libraries, which is not a page of the form. */
        boolean isPage();

        String getTitle();

        boolean isComplete();

        String getUrl();

        List<? extends Missing> getMissing();
    }

    /** Something missing, linked to its field. */
    interface Missing {
        String getMessage();

        String getUrl();
    }

    /** A block of fields, titled. */
    interface FormPart {
        String getTitle();

        String getHelp();

        List<?> getFields();
    }
}
