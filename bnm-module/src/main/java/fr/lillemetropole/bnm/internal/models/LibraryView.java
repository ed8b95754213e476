package fr.lillemetropole.bnm.internal.models;

import java.util.List;
import java.util.ResourceBundle;

import fr.lillemetropole.bnm.internal.api.AccountsApiServlet;
import fr.lillemetropole.bnm.internal.directory.OpenData;
import fr.lillemetropole.bnm.internal.directory.PublicLibrary;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.LibraryDirectory;

/** A {@link PublicLibrary} for the views: French labels, the page's URL, the editors' form action. */
final class LibraryView implements LibraryDirectory.Library {

    static final String SERVICE = "bnm.directory.service.";
    static final String COMMITMENT = "bnm.directory.commitment.";

    private final PublicLibrary library;
    private final ResourceBundle labels;

    LibraryView(PublicLibrary library, ResourceBundle labels) {
        this.library = library;
        this.labels = labels;
    }

    static String correctionAction(String slug) {
        return AccountsApiServlet.BASE + "/libraries/" + slug + "/correction";
    }

    @Override
    public String getSlug() {
        return library.slug();
    }

    @Override
    public String getName() {
        return library.name();
    }

    @Override
    public String getCommune() {
        return library.commune();
    }

    @Override
    public String getNetwork() {
        return library.network();
    }

    @Override
    public String getAddress() {
        return library.address();
    }

    @Override
    public String getPhone() {
        return library.phone();
    }

    @Override
    public String getPortalUrl() {
        return library.portalUrl();
    }

    @Override
    public String getOpeningHours() {
        return library.openingHoursPerWeek() == null ? null
                : Texts.format(labels, "bnm.directory.hours.value", OpenData.hours(library.openingHoursPerWeek()));
    }

    @Override
    public List<String> getServices() {
        return library.services().stream().map(code -> Texts.get(labels, SERVICE + code)).toList();
    }

    @Override
    public List<String> getCommitments() {
        return library.commitments().stream().map(code -> Texts.get(labels, COMMITMENT + code)).toList();
    }

    @Override
    public String getDescription() {
        return library.description();
    }

    @Override
    public String getUrl() {
        return OpenData.page(library.slug());
    }

    @Override
    public String getCorrectionAction() {
        return correctionAction(library.slug());
    }
}
