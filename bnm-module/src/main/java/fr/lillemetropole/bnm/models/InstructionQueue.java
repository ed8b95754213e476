package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** The MEL instructors' review queue of a campaign: tabs, search, filters, sort, pages. */
@ConsumerType
public interface InstructionQueue {

    /** False for accounts that are not MEL staff (the page then says so). */
    boolean isAllowed();

    String getCampaign();

    String getCampaignTitle();

    List<? extends Link> getTabs();

    List<? extends Row> getRows();

    int getTotal();

    String getSearch();

    boolean isMine();

    String getSort();

    List<? extends Link> getPages();

    /** A tab, a page or a sort: its label, its URL, whether it is the current one. */
    interface Link {
        String getLabel();

        String getUrl();

        boolean isCurrent();
    }

    /** A dossier of the queue. */
    interface Row {
        String getTenant();

        String getName();

        String getKindLabel();

        int getLibraries();

        String getStatus();

        String getStatusLabel();

        String getFiledAt();

        String getUpdatedAt();

        String getAssignedName();

        boolean isAssignedToMe();

        String getUrl();
    }
}
