package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.models.LibraryDirectory;
import fr.lillemetropole.bnm.models.PartnerLibraryPage;
import fr.lillemetropole.bnm.testing.BnmContext;
import fr.lillemetropole.bnm.testing.Dictionary;

/** The directory page: filters, sort, counts in French; one library's page. */
@ExtendWith(SlingContextExtension.class)
class LibraryDirectoryImplTest {

    private final SlingContext context = BnmContext.create();

    @BeforeEach
    void setUp() throws Exception {
        context.addModelsForClasses(LibraryDirectoryImpl.class, PartnerLibraryPageImpl.class);
        Dictionary.serveIn(context);
        Session admin = context.resourceResolver().adaptTo(Session.class);
        library(admin, "zola-comines", "Bibliothèque Zola", "Comines", "Réseau Lys", new String[] {"wifi", "rfid"}, 37.5);
        library(admin, "albatros-armentieres", "Médiathèque L'Albatros", "Armentières", null, new String[] {"tablets"},
                null);
        library(admin, "abc-comines", "ABC Lecture", "Comines", "Réseau Lys", new String[] {"wifi"}, null);
        admin.getNode("/content/bnm/bibliotheques").setProperty("bnm:updatedAt", java.util.Calendar.getInstance());
        admin.save();
        context.currentResource("/content/bnm/bibliotheques");
    }

    private static void library(Session admin, String slug, String name, String commune, String network,
            String[] services, Double hours) throws Exception {
        Node node = admin.getNode("/content/bnm/bibliotheques").addNode(slug, "bnm:PartnerLibrary");
        node.setProperty("bnm:name", name);
        node.setProperty("bnm:commune", commune);
        node.setProperty("bnm:network", network);
        node.setProperty("bnm:services", services);
        node.setProperty("bnm:commitments", new String[] {"ils"});
        if (hours != null) {
            node.setProperty("bnm:openingHoursPerWeek", hours);
        }
    }

    private LibraryDirectory directory(Map<String, Object> parameters) {
        context.request().setParameterMap(parameters);
        return context.request().adaptTo(LibraryDirectory.class);
    }

    private static List<String> names(LibraryDirectory directory) {
        return directory.getLibraries().stream().map(LibraryDirectory.Library::getName).toList();
    }

    @Test
    void byCommuneThenNameWithFrenchCounts() {
        LibraryDirectory directory = directory(Map.of());
        assertEquals(List.of("Médiathèque L'Albatros", "ABC Lecture", "Bibliothèque Zola"), names(directory));
        assertEquals("2 communes partenaires, 3 bibliothèques", directory.getSummary());
        assertEquals(List.of("Armentières", "Comines"), directory.getCommunes().stream()
                .map(LibraryDirectory.Choice::getLabel).toList());
        assertEquals("Wi-Fi public", directory.getServices().get(0).getLabel());
        assertFalse(directory.isFiltered());
    }

    @Test
    void filtersAndSortComeFromTheQueryString() {
        LibraryDirectory directory = directory(Map.of("commune", "Comines", "service", "rfid"));
        assertEquals(List.of("Bibliothèque Zola"), names(directory));
        assertTrue(directory.isFiltered());
        assertEquals("1 bibliothèque(s) affichée(s) sur 3", directory.getShown());
        assertTrue(directory.getCommunes().get(1).isSelected());
        assertEquals(List.of("ABC Lecture", "Bibliothèque Zola", "Médiathèque L'Albatros"),
                names(directory(Map.of("tri", "nom"))));
        assertEquals(List.of("ABC Lecture", "Bibliothèque Zola"), names(directory(Map.of("reseau", "Réseau Lys"))));
        assertEquals(List.of(), names(directory(Map.of("commune", "Inconnue"))));
    }

    @Test
    void aLibrarysPageSpeaksFrench() {
        context.currentResource("/content/bnm/bibliotheques/zola-comines");
        PartnerLibraryPage page = context.request().adaptTo(PartnerLibraryPage.class);
        LibraryDirectory.Library library = page.getLibrary();
        assertEquals("37,5 h", library.getOpeningHours());
        assertEquals(List.of("Wi-Fi public", "RFID"), library.getServices());
        assertEquals(List.of("SIGB métropolitain"), library.getCommitments());
        assertEquals("/bnm/api/v1/libraries/zola-comines/correction", library.getCorrectionAction());
        assertEquals("/content/bnm/bibliotheques.html", page.getDirectoryUrl());
    }
}
