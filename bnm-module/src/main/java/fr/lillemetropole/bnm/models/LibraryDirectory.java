package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The public directory of partner libraries (/content/bnm/bibliotheques): filters by commune, network and
 * service from the query string ({@code commune}, {@code reseau}, {@code service}), sort ({@code tri=nom|commune}),
 * counts, and for MEL editors and admins the libraries they hid. The home page uses its counts.
 */
@ConsumerType
public interface LibraryDirectory {

    /** The libraries the filters keep, in the chosen order. */
    List<Library> getLibraries();

    /** Every partner library (no filter). */
    int getLibraryCount();

    /** Every commune with a partner library (no filter). */
    int getCommuneCount();

    /** The home page's sentence: « 3 communes partenaires, 5 bibliothèques ». */
    String getSummary();

    /** How many libraries the filters keep, in a sentence. */
    String getShown();

    List<Choice> getCommunes();

    List<Choice> getNetworks();

    List<Choice> getServices();

    List<Choice> getSorts();

    /** Whether a filter is applied (the page then offers to clear them). */
    boolean isFiltered();

    /** The date of the data, in French. */
    String getUpdatedAt();

    String getJsonUrl();

    String getCsvUrl();

    /** MEL editors and admins: they hide and correct libraries. */
    boolean isEditor();

    /** The libraries editors hid (empty for anyone else). */
    List<HiddenLibrary> getHidden();

    /** Where an editor's correction is posted. */
    String getCorrectionAction(String slug);

    /** One library as the public sees it. */
    interface Library {
        String getSlug();

        String getName();

        String getCommune();

        String getNetwork();

        String getAddress();

        String getPhone();

        String getPortalUrl();

        /** « 37,5 h », or null when not given. */
        String getOpeningHours();

        /** French labels of the services it offers. */
        List<String> getServices();

        /** French labels of its commune's commitments. */
        List<String> getCommitments();

        String getDescription();

        String getUrl();

        /** Where an editor's correction of this library is posted. */
        String getCorrectionAction();
    }

    /** One choice of a filter. */
    interface Choice {
        String getValue();

        String getLabel();

        boolean isSelected();
    }

    /** A library an editor hid, with the form that shows it again. */
    interface HiddenLibrary {
        String getName();

        String getCommune();

        String getCorrectionAction();
    }
}
