package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Function;

import javax.annotation.PostConstruct;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.api.AccountsApiServlet;
import fr.lillemetropole.bnm.internal.directory.Directory;
import fr.lillemetropole.bnm.internal.directory.OpenData;
import fr.lillemetropole.bnm.internal.directory.PublicLibrary;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.LibraryDirectory;

/** The directory page and the home page's counts, read with the caller's session from the public projection. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = LibraryDirectory.class)
public class LibraryDirectoryImpl implements LibraryDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryDirectoryImpl.class);
    static final String BY_COMMUNE = "commune";
    static final String BY_NAME = "nom";

    @Self
    private SlingHttpServletRequest request;

    private ResourceBundle labels;
    private Directory.Snapshot snapshot = new Directory.Snapshot(java.time.Instant.EPOCH, List.of());
    private List<Library> shown = List.of();
    private List<HiddenLibrary> hidden = List.of();
    private boolean editor;
    private String commune;
    private String network;
    private String service;
    private String sort;

    @PostConstruct
    void init() {
        labels = Texts.french(request);
        commune = parameter("commune");
        network = parameter("reseau");
        service = parameter("service");
        sort = BY_NAME.equals(request.getParameter("tri")) ? BY_NAME : BY_COMMUNE;
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            snapshot = Directory.read(session);
            editor = session != null && Directory.mayCorrect(session);
            if (editor) {
                hidden = Directory.hidden(session).stream().map(h -> (HiddenLibrary) new Hidden(h)).toList();
            }
        } catch (RepositoryException e) {
            LOG.error("The directory could not be read", e);
        }
        List<PublicLibrary> kept = new ArrayList<>();
        for (PublicLibrary library : OpenData.sorted(snapshot.libraries())) {
            if ((commune == null || commune.equals(library.commune()))
                    && (network == null || network.equals(library.network()))
                    && (service == null || library.offers(service))) {
                kept.add(library);
            }
        }
        if (BY_NAME.equals(sort)) {
            kept.sort(Comparator.comparing((PublicLibrary l) -> l.name().toLowerCase(java.util.Locale.ROOT)));
        }
        shown = kept.stream().map(l -> (Library) new LibraryView(l, labels)).toList();
    }

    private String parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public List<Library> getLibraries() {
        return shown;
    }

    @Override
    public int getLibraryCount() {
        return snapshot.libraries().size();
    }

    @Override
    public int getCommuneCount() {
        return (int) snapshot.communeCount();
    }

    @Override
    public String getSummary() {
        return Texts.format(labels, getCommuneCount() == 1 ? "bnm.directory.summary.one" : "bnm.directory.summary",
                getCommuneCount(), getLibraryCount());
    }

    @Override
    public String getShown() {
        return Texts.format(labels, "bnm.directory.shown", shown.size(), getLibraryCount());
    }

    @Override
    public List<Choice> getCommunes() {
        return values(PublicLibrary::commune, commune);
    }

    @Override
    public List<Choice> getNetworks() {
        return values(PublicLibrary::network, network);
    }

    private List<Choice> values(Function<PublicLibrary, String> field, String chosen) {
        TreeSet<String> values = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.FRENCH));
        snapshot.libraries().stream().map(field).filter(Objects::nonNull).forEach(values::add);
        return values.stream().map(v -> (Choice) new Option(v, v, v.equals(chosen))).toList();
    }

    @Override
    public List<Choice> getServices() {
        return PublicLibrary.SERVICES.stream().map(code -> (Choice) new Option(code,
                Texts.get(labels, LibraryView.SERVICE + code), code.equals(service))).toList();
    }

    @Override
    public List<Choice> getSorts() {
        return List.of(new Option(BY_COMMUNE, Texts.get(labels, "bnm.directory.sort.commune"), BY_COMMUNE.equals(sort)),
                new Option(BY_NAME, Texts.get(labels, "bnm.directory.sort.name"), BY_NAME.equals(sort)));
    }

    @Override
    public boolean isFiltered() {
        return commune != null || network != null || service != null;
    }

    @Override
    public String getUpdatedAt() {
        return snapshot.updatedAt().equals(java.time.Instant.EPOCH) ? null : FrenchDates.format(snapshot.updatedAt());
    }

    @Override
    public String getJsonUrl() {
        return AccountsApiServlet.BASE + "/libraries";
    }

    @Override
    public String getCsvUrl() {
        return AccountsApiServlet.BASE + "/libraries.csv";
    }

    @Override
    public boolean isEditor() {
        return editor;
    }

    @Override
    public List<HiddenLibrary> getHidden() {
        return hidden;
    }

    @Override
    public String getCorrectionAction(String slug) {
        return LibraryView.correctionAction(slug);
    }

    private record Option(String getValue, String getLabel, boolean isSelected) implements Choice {}

    private record Hidden(Directory.Hidden hidden) implements HiddenLibrary {
        @Override
        public String getName() {
            return hidden.name();
        }

        @Override
        public String getCommune() {
            return hidden.commune();
        }

        @Override
        public String getCorrectionAction() {
            return LibraryView.correctionAction(hidden.slug());
        }
    }
}
