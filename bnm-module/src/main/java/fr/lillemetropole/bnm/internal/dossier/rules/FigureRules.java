package fr.lillemetropole.bnm.internal.dossier.rules;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** R15-R20: the figures of one library (VOLET 1), in the form's order. Paths are relative to the library. */
final class FigureRules {

    /** R15: every statistic, answered with a number or « NC ». */
    static final List<String> STATISTICS = List.of("team/categoryA", "team/categoryB", "team/categoryC", "team/fte",
            "team/volunteers", "audience/activeBorrowers", "audience/adults", "audience/youth",
            "audience/averageDailyVisits", "budget/physicalAcquisitions", "budget/digitalSubscriptions",
            "budget/culturalActivities", "budget/communication", "collections/totalDocuments", "collections/books",
            "collections/dvds", "collections/cds", "collections/periodicalSubscriptions", "collections/games",
            "equipment/publicComputers", "equipment/staffComputers", "equipment/eReaders", "equipment/tablets");
    /** R16: figures that must be numbers. */
    private static final List<String> NO_NC = List.of("team/fte", "audience/activeBorrowers",
            "collections/totalDocuments", "openingHoursPerWeek");
    /** R17: counts are whole numbers. */
    private static final List<String> COUNTS = List.of("presentation/networkLibraryCount", "team/categoryA",
            "team/categoryB", "team/categoryC", "team/volunteers", "audience/activeBorrowers", "audience/adults",
            "audience/youth", "collections/totalDocuments", "collections/books", "collections/dvds",
            "collections/cds", "collections/periodicalSubscriptions", "collections/games", "equipment/publicComputers",
            "equipment/staffComputers", "equipment/eReaders", "equipment/tablets", "equipment/digitalAdvisorCount",
            "portal/loggedInUsers");
    /** R17: quantities beside the statistics, each a number >= 0 or exactly « NC ». */
    private static final List<String> OTHER_QUANTITIES = List.of("presentation/totalAreaM2",
            "presentation/networkLibraryCount", "equipment/digitalAdvisorCount", "openingHoursPerWeek",
            "fees/adultsResident", "fees/childrenResident", "fees/adultsNonResident", "fees/childrenNonResident",
            "ils/annualCost", "portal/annualCost", "portal/loggedInUsers");

    private FigureRules() {}

    static void check(Check c, JsonNode library, String pointer) {
        for (String path : STATISTICS) {
            if (!Check.answered(library.at("/" + path))) {
                c.missing("R15", pointer + "/" + path, " (un nombre, ou « NC » s'il n'est pas connu)");
            }
        }
        c.requireAnswer("R15", library, "openingHoursPerWeek", pointer);
        for (String path : NO_NC) {
            if (Check.isNc(library.at("/" + path))) {
                c.fail("R16", pointer + "/" + path, Check.field(pointer + "/" + path)
                        + " : « NC » n'est pas accepté ici, indiquez un nombre.");
            }
        }
        for (String path : COUNTS) {
            JsonNode value = library.at("/" + path);
            if (Check.isNumber(value) && (value.asDouble() < 0 || value.asDouble() != Math.floor(value.asDouble()))) {
                c.fail("R17", pointer + "/" + path, Check.field(pointer + "/" + path)
                        + " est un nombre entier, positif ou nul.");
            }
        }
        quantities(c, library, pointer);
        sums(c, library, pointer);
    }

    /** R17 for every quantity: a number >= 0 or exactly « NC ». */
    private static void quantities(Check c, JsonNode library, String pointer) {
        List<String> paths = new ArrayList<>(STATISTICS);
        paths.addAll(OTHER_QUANTITIES);
        for (String path : paths) {
            JsonNode value = library.at("/" + path);
            String child = pointer + "/" + path;
            if (value.isNumber() && value.asDouble() < 0) {
                c.fail("R17", child, Check.field(child) + " ne peut pas être négatif.");
            } else if (value.isTextual() && !Check.isNc(value)) {
                c.fail("R17", child, Check.field(child) + " : indiquez un nombre, ou exactement « NC » s'il n'est "
                        + "pas connu.");
            } else if (!value.isNumber() && !value.isTextual() && Check.answered(value)) {
                c.fail("R17", child, Check.field(child) + " : indiquez un nombre, ou « NC ».");
            }
        }
    }

    /** R18-R20: parts do not exceed their whole. */
    private static void sums(Check c, JsonNode library, String pointer) {
        JsonNode audience = library.path("audience");
        if (Check.isNumber(audience.path("adults")) && Check.isNumber(audience.path("youth"))
                && Check.isNumber(audience.path("activeBorrowers"))
                && audience.path("adults").asDouble() + audience.path("youth").asDouble()
                        > audience.path("activeBorrowers").asDouble()) {
            String p = pointer + "/audience";
            c.fail("R18", p, Check.field(p + "/adults") + " et " + Check.field(p + "/youth") + " dépassent "
                    + Check.field(p + "/activeBorrowers") + ".");
        }
        JsonNode collections = library.path("collections");
        if (Check.isNumber(collections.path("totalDocuments"))) {
            double sum = 0;
            for (String field : new String[] {"books", "dvds", "cds", "games"}) {
                sum += Check.isNumber(collections.path(field)) ? collections.path(field).asDouble() : 0;
            }
            if (sum > collections.path("totalDocuments").asDouble()) {
                c.fail("R19", pointer + "/collections", "Les livres, DVD, CD et jeux empruntables dépassent "
                        + Check.field(pointer + "/collections/totalDocuments") + ".");
            }
        }
        JsonNode team = library.path("team");
        if (Check.isNumber(team.path("fte")) && Check.isNumber(team.path("categoryA"))
                && Check.isNumber(team.path("categoryB")) && Check.isNumber(team.path("categoryC"))
                && team.path("fte").asDouble() > team.path("categoryA").asDouble() + team.path("categoryB").asDouble()
                        + team.path("categoryC").asDouble()) {
            c.fail("R20", pointer + "/team", Check.field(pointer + "/team/fte")
                    + " dépasse le nombre d'agents (catégories A, B et C).");
        }
    }
}
