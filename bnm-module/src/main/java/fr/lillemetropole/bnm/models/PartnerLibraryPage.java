package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.ConsumerType;

/** The page of one partner library (/content/bnm/bibliotheques/&lt;slug&gt;.html). */
@ConsumerType
public interface PartnerLibraryPage {

    LibraryDirectory.Library getLibrary();

    /** MEL editors and admins: the page then shows the correction forms. */
    boolean isEditor();

    /** This page's own path (the forms come back here). */
    String getUrl();

    String getDirectoryUrl();
}
