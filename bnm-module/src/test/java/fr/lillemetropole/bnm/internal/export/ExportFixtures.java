package fr.lillemetropole.bnm.internal.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.dossier.Fixtures;

/**
 * Three dossiers for the exports and the figures, computed by hand in the tests: Armentières as filed;
 * « Lille » (NC games, 0 opening hours, a name that looks like a formula, another social network);
 * a network of three libraries (zeros, NC adults and youth, a decimal).
 */
final class ExportFixtures {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.org\";\"clic\")";

    private ExportFixtures() {}

    static ObjectNode armentieres() {
        return Fixtures.armentieres();
    }

    static ObjectNode lille() {
        ObjectNode d = Fixtures.armentieres();
        ((ObjectNode) d.get("applicant")).put("communeName", "Lille");
        ObjectNode library = (ObjectNode) d.at("/libraries/0");
        ((ObjectNode) library.get("presentation")).put("name", FORMULA_NAME);
        ((ObjectNode) library.get("collections")).put("games", "NC");
        ((ObjectNode) library.get("budget")).put("communication", 1200);
        library.put("openingHoursPerWeek", 0);
        ((ArrayNode) library.at("/socialNetworks/other")).addObject().put("name", "Mastodon").put("account", "@bib");
        ((ObjectNode) d.get("commitments")).put("ils", "planned_2024");
        ((ObjectNode) d.get("engagement")).putArray("workingGroups").add("ebooks");
        ArrayNode objectives = d.putArray("objectives");
        objectives.addObject().put("objective", "better_public_reading_service").putNull("otherText").put("importance", 3);
        objectives.addObject().put("objective", "modernise_library").putNull("otherText").put("importance", 2);
        objectives.addObject().put("objective", "cost_savings").putNull("otherText").put("importance", 1);
        return d;
    }

    /** The seed's library three times, filed by a network with a tête de réseau. */
    static ObjectNode network() {
        ObjectNode d = Fixtures.armentieres();
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("kind", "network");
        ObjectNode network = applicant.putObject("network");
        network.put("name", "Réseau Lys");
        network.putArray("memberCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
        network.put("salariedCoordinator", true);
        network.put("headCommune", "ARMENTIERES");
        applicant.put("communeName", "ARMENTIERES");
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        libraries.add(libraries.get(0).deepCopy());
        Number[][] figures = {{1200, 20, 100}, {0, 12.5, 0}, {350, 8, 803}};
        String[] names = {"Médiathèque du Lys", "Bibliothèque de Houplines", "Bibliothèque d’Erquinghem"};
        for (int i = 0; i < 3; i++) {
            ObjectNode library = (ObjectNode) libraries.get(i);
            ObjectNode presentation = (ObjectNode) library.get("presentation");
            presentation.put("name", names[i]);
            presentation.put("networkMembership", "intercommunal");
            presentation.put("networkName", "Réseau Lys");
            presentation.putArray("associatedCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
            presentation.put("networkLibraryCount", 3);
            ObjectNode audience = (ObjectNode) library.get("audience");
            audience.put("activeBorrowers", figures[i][0].intValue()).put("adults", "NC").put("youth", "NC");
            library.put("openingHoursPerWeek", new java.math.BigDecimal(figures[i][1].toString()));
            ((ObjectNode) library.get("collections")).put("games", figures[i][2].intValue());
        }
        return d;
    }
}
