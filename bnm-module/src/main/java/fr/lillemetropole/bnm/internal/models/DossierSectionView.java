package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.List;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.models.DossierPage;

/** A section of the dossier on the summary: complete, or what is missing, each linked to its field. */
public final class DossierSectionView implements DossierPage.SectionItem {

    final DossierSections.Section section;
    final List<FieldError> errors = new ArrayList<>();
    private final String id;
    private final String title;
    private final String url;
    private final boolean page;
    private final List<MissingView> missing = new ArrayList<>();

    /** A page of the form, with the errors of its fields (already in the form's order). */
    DossierSectionView(DossierSections.Section section, String title, String link, List<FieldError> all) {
        this(section, section.id(), title, link + "&s=" + section.id(), true, all);
    }

    /** The libraries as a whole (their number, eligibility): shown with the list of libraries on the summary. */
    static DossierSectionView libraries(String title, String link, List<FieldError> all) {
        return new DossierSectionView(null, "libraries", title, link + "#libs", false, all);
    }

    private DossierSectionView(DossierSections.Section section, String id, String title, String url, boolean page,
            List<FieldError> all) {
        this.section = section;
        this.id = id;
        this.title = title;
        this.url = url;
        this.page = page;
        for (FieldError error : all) {
            if (DossierSections.pageOf(error.pointer()).equals(id)) {
                errors.add(error);
                missing.add(new MissingView(error.message(), page ? url + "#f" + error.pointer().replace('/', '-')
                        : url));
            }
        }
    }

    @Override public String getId() { return id; }
    @Override public boolean isPage() { return page; }
    @Override public String getTitle() { return title; }
    @Override public boolean isComplete() { return errors.isEmpty(); }
    @Override public String getUrl() { return url; }
    @Override public List<MissingView> getMissing() { return missing; }

    /** Something missing. */
    public record MissingView(String message, String url) implements DossierPage.Missing {
        @Override public String getMessage() { return message; }
        @Override public String getUrl() { return url; }
    }
}
