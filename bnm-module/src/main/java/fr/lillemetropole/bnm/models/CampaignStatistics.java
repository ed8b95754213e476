package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The figures of a campaign for MEL instructors (page « Chiffres de la campagne »): key numbers, bar charts
 * drawn as SVG each followed by its data table, the VOLET 1 figures with totals, medians and « NC » counted
 * apart, and the links to the exports.
 */
@ConsumerType
public interface CampaignStatistics {

    /** False for accounts that are not MEL instructors or admins (the page then says so). */
    boolean isAllowed();

    String getCampaign();

    String getCampaignTitle();

    /** Dossiers, filed dossiers, communes and libraries covered, as sentences. */
    List<String> getKeyFigures();

    List<? extends Chart> getCharts();

    List<? extends FigureRow> getFigures();

    /** The exports of the campaign (CSV, XLSX, JSON, ZIP). */
    List<? extends Export> getExports();

    /** A bar chart: its title, a sentence describing it, its bars. */
    interface Chart {
        String getId();

        String getTitle();

        String getDescription();

        /** Height of the drawing (its width is fixed). */
        int getHeight();

        List<? extends Bar> getBars();
    }

    /** One bar: its label, its value, and where it is drawn. */
    interface Bar {
        String getLabel();

        int getValue();

        String getValueText();

        int getY();

        int getWidth();
    }

    /** One VOLET 1 figure of the table. */
    interface FigureRow {
        String getSection();

        String getTitle();

        /** « 12 bibliothèques, dont 2 NC ». */
        String getAnswered();

        String getTotal();

        String getMedian();
    }

    /** A download. */
    interface Export {
        String getLabel();

        String getUrl();
    }
}
