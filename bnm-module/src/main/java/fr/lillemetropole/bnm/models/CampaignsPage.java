package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The MEL admins' campaigns page: the campaigns, a form to create one, and for the campaign chosen
 * ({@code ?c=ami-bnm-2023}) its form and the communes and networks to remind before closing.
 */
@ConsumerType
public interface CampaignsPage {

    /** False for anyone but MEL admins: the page then only says so. */
    boolean isAllowed();

    /** Newest year first. */
    List<Item> getCampaigns();

    /** The campaign chosen, or null. */
    Item getSelected();

    /** The statuses, for the new campaign's form (Brouillon chosen). */
    List<Choice> getStatuses();

    /** The selected campaign's active tenants whose dossier is not filed, by name. */
    List<ReminderItem> getReminders();

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();

    /** One campaign, its dates in French and as the form's fields hold them. */
    interface Item {
        String getId();

        String getTitle();

        int getYear();

        String getStatusLabel();

        /** « 1er juin 2023 à 09:00 », or the text saying there is none. */
        String getOpensAt();

        String getClosesAt();

        /** The value of the form's date-time field ({@code 2023-06-01T09:00}), "" for none. */
        String getOpensAtInput();

        String getClosesAtInput();

        /** Whether the communes may create their dossier now, in French. */
        String getDossiersLabel();

        boolean isSelected();

        /** This page with the campaign chosen. */
        String getUrl();

        /** Where its form posts. */
        String getAction();

        String getRemindersCsvUrl();

        /** The statuses, its own chosen. */
        List<Choice> getStatuses();
    }

    /** An option of a select. */
    interface Choice {
        String getCode();

        String getLabel();

        boolean isSelected();
    }

    /** A commune or network to remind. */
    interface ReminderItem {
        String getName();

        String getKindLabel();

        String getStatusLabel();

        /** « 30 septembre 2023 à 23:59 », or the text saying there is none. */
        String getDeadline();

        /** « 12 jours », « Dernier jour », « Échéance dépassée »… */
        String getDaysLeft();

        /** Whether the deadline has passed. */
        boolean isLate();
    }
}
