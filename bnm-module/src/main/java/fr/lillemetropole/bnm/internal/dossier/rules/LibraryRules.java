package fr.lillemetropole.bnm.internal.dossier.rules;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** R4, R5 and R10-R26: VOLET 1, each library. */
final class LibraryRules {

    /** Every statistic of R15, by section, with its French label. */
    private static final Map<String, Map<String, String>> STATISTICS = Map.of(
            "team", Map.of("categoryA", "Agents de catégorie A", "categoryB", "Agents de catégorie B",
                    "categoryC", "Agents de catégorie C", "fte", "Équivalents temps plein", "volunteers", "Bénévoles"),
            "audience", Map.of("activeBorrowers", "Inscrits actifs", "adults", "Inscrits adultes",
                    "youth", "Inscrits jeunesse", "averageDailyVisits", "Fréquentation moyenne par jour"),
            "budget", Map.of("physicalAcquisitions", "Acquisitions physiques", "digitalSubscriptions",
                    "Abonnements aux ressources numériques", "culturalActivities", "Action culturelle",
                    "communication", "Communication"),
            "collections", Map.of("totalDocuments", "Documents (total)", "books", "Livres empruntables",
                    "dvds", "DVD empruntables", "cds", "CD empruntables", "periodicalSubscriptions",
                    "Abonnements à des revues", "games", "Jeux empruntables"),
            "equipment", Map.of("publicComputers", "Postes publics", "staffComputers", "Postes professionnels",
                    "eReaders", "Liseuses", "tablets", "Tablettes"));
    /** R16: figures that must be numbers. */
    private static final List<String[]> NO_NC = List.of(new String[] {"team", "fte"},
            new String[] {"audience", "activeBorrowers"}, new String[] {"collections", "totalDocuments"},
            new String[] {null, "openingHoursPerWeek"});
    /** R17: counts are integers. */
    private static final List<String[]> COUNTS = List.of(new String[] {"team", "categoryA"},
            new String[] {"team", "categoryB"}, new String[] {"team", "categoryC"}, new String[] {"team", "volunteers"},
            new String[] {"audience", "activeBorrowers"}, new String[] {"audience", "adults"},
            new String[] {"audience", "youth"}, new String[] {"collections", "totalDocuments"},
            new String[] {"collections", "books"}, new String[] {"collections", "dvds"},
            new String[] {"collections", "cds"}, new String[] {"collections", "periodicalSubscriptions"},
            new String[] {"collections", "games"}, new String[] {"equipment", "publicComputers"},
            new String[] {"equipment", "staffComputers"}, new String[] {"equipment", "eReaders"},
            new String[] {"equipment", "tablets"}, new String[] {"equipment", "digitalAdvisorCount"},
            new String[] {"presentation", "networkLibraryCount"}, new String[] {"portal", "loggedInUsers"});
    private static final List<String> MEL_QUESTIONS = List.of("libraryNights", "libre2lire", "professionalEvents",
            "usesAsuivrePortal", "hasOpenAgenda", "agendaFeedsPortal", "culturalFacilitiesFund",
            "digitalInnovationCall", "culturalPartnerships");

    private LibraryRules() {}

    static void check(Check c) {
        JsonNode libraries = c.doc.path("libraries");
        if (libraries.size() == 0) {
            c.fail("R10", "/libraries", "Présentez au moins une bibliothèque (volet 1).");
            return;
        }
        if ("network".equals(c.doc.path("applicant").path("kind").asText())) {
            r4(c, libraries);
        }
        r5(c, libraries);
        for (int i = 0; i < libraries.size(); i++) {
            library(c, libraries.get(i), "/libraries/" + i);
        }
    }

    static void r4(Check c, JsonNode libraries) {
        if (libraries.size() < 2) {
            c.fail("R4", "/libraries", "Un réseau présente chacune de ses bibliothèques : au moins deux volets 1.");
        }
        for (int i = 0; i < libraries.size(); i++) {
            JsonNode presentation = libraries.get(i).path("presentation");
            String pointer = "/libraries/" + i + "/presentation";
            String membership = presentation.path("networkMembership").asText("");
            if (!"communal".equals(membership) && !"intercommunal".equals(membership)) {
                c.fail("R4", pointer + "/networkMembership", "Chaque bibliothèque d'un réseau en fait partie "
                        + "(réseau communal ou intercommunal).");
            }
            JsonNode count = presentation.path("networkLibraryCount");
            if (Check.isNumber(count) && count.asDouble() != libraries.size()) {
                c.fail("R4", pointer + "/networkLibraryCount", "Le nombre de bibliothèques du réseau ("
                        + count.asText() + ") diffère du nombre de bibliothèques présentées (" + libraries.size() + ").");
            }
        }
    }

    static void r5(Check c, JsonNode libraries) {
        for (JsonNode library : libraries) {
            JsonNode fte = library.path("team").path("fte");
            if ("direct".equals(library.path("presentation").path("management").asText())
                    && Check.isNumber(fte) && fte.asDouble() > 0) {
                return;
            }
        }
        c.fail("R5", "/libraries", "Au moins une bibliothèque doit être en régie directe avec du personnel salarié "
                + "(équivalents temps plein supérieurs à 0).");
    }

    private static void library(Check c, JsonNode library, String pointer) {
        if (c.year > 0 && (!library.path("dataYear").isNumber() || library.path("dataYear").asInt() != c.year - 1)) {
            c.fail("R10", pointer + "/dataYear", "Les données présentées sont celles de " + (c.year - 1) + ".");
        }
        JsonNode presentation = library.path("presentation");
        String p = pointer + "/presentation";
        c.requireText("R11", presentation, "name", p, "Nom de l'établissement");
        c.requireText("R11", presentation, "manager", p, "Nom, prénom du responsable");
        c.requireText("R11", presentation, "address", p, "Adresse");
        c.requireText("R11", presentation, "phone", p, "Téléphone");
        c.requireText("R11", presentation, "email", p, "E-mail");
        c.requireAnswer("R11", presentation, "networkMembership", p, "Fait partie d'un réseau");
        c.requireAnswer("R11", presentation, "management", p, "Mode de gestion de l'établissement");
        c.requireAnswer("R11", presentation, "totalAreaM2", p, "Nombre de m² total");
        r12(c, presentation, p);
        r13(c, presentation, p);
        r14(c, presentation, p);
        r15to17(c, library, pointer);
        r18to20(c, library, pointer);
        r21(c, library.path("equipment"), pointer + "/equipment");
        r22(c, library.path("fees"), pointer + "/fees");
        r23(c, library.path("ils"), pointer + "/ils", false);
        r23(c, library.path("portal"), pointer + "/portal", true);
        r24(c, library, pointer);
        r25(c, library.path("socialNetworks"), pointer + "/socialNetworks");
        r26(c, library.path("melLinks"), pointer + "/melLinks");
    }

    private static void r12(Check c, JsonNode presentation, String p) {
        JsonNode url = presentation.path("portalUrl");
        if (Check.answered(url)) {
            boolean ok;
            try {
                URI uri = new URI(url.asText());
                ok = uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
            } catch (java.net.URISyntaxException e) {
                ok = false;
            }
            if (!ok) {
                c.fail("R12", p + "/portalUrl", "L'adresse du portail doit commencer par http:// ou https://.");
            }
        }
    }

    private static void r13(Check c, JsonNode presentation, String p) {
        String membership = presentation.path("networkMembership").asText(null);
        if (membership == null) {
            return;
        }
        JsonNode count = presentation.path("networkLibraryCount");
        if (!"none".equals(membership)) {
            c.requireText("R13", presentation, "networkName", p, "Nom du réseau");
            if (!(Check.isNumber(count) && count.asDouble() >= 2 || Check.isNc(count))) {
                c.fail("R13", p + "/networkLibraryCount", "Un réseau compte au moins 2 bibliothèques (ou « NC »).");
            }
            if ("intercommunal".equals(membership) && presentation.path("associatedCommunes").size() == 0) {
                c.fail("R13", p + "/associatedCommunes", "Indiquez les communes associées au réseau intercommunal.");
            }
        } else {
            if (Check.answered(presentation.path("networkName")) || Check.answered(count)) {
                c.fail("R13", p + (Check.answered(count) ? "/networkLibraryCount" : "/networkName"),
                        "Une bibliothèque hors réseau n'a ni nom de réseau ni nombre de bibliothèques du réseau.");
            }
            if (presentation.path("associatedCommunes").size() > 0) {
                c.fail("R13", p + "/associatedCommunes", "Une bibliothèque hors réseau n'a pas de communes associées.");
            }
        }
    }

    private static void r14(Check c, JsonNode presentation, String p) {
        String management = presentation.path("management").asText(null);
        if ("other".equals(management)) {
            c.requireText("R14", presentation, "managementOther", p, "Autre mode de gestion, préciser");
        } else if ("direct".equals(management) && Check.answered(presentation.path("managementOther"))) {
            c.fail("R14", p + "/managementOther", "En régie directe, « autre, préciser » reste vide.");
        }
    }

    private static void r15to17(Check c, JsonNode library, String pointer) {
        STATISTICS.forEach((section, fields) -> fields.forEach((field, label) -> {
            if (!Check.answered(library.path(section).path(field))) {
                c.fail("R15", pointer + "/" + section + "/" + field, "« " + label + " » est à renseigner (un nombre, "
                        + "ou « NC » s'il n'est pas connu).");
            }
        }));
        if (!Check.answered(library.path("openingHoursPerWeek"))) {
            c.fail("R15", pointer + "/openingHoursPerWeek", "« Heures d'ouverture hebdomadaire » est à renseigner.");
        }
        for (String[] field : NO_NC) {
            JsonNode value = field[0] == null ? library.path(field[1]) : library.path(field[0]).path(field[1]);
            if (Check.isNc(value)) {
                c.fail("R16", pointer + (field[0] == null ? "" : "/" + field[0]) + "/" + field[1],
                        "« NC » n'est pas accepté ici : indiquez un nombre.");
            }
        }
        for (String[] field : COUNTS) {
            JsonNode value = library.path(field[0]).path(field[1]);
            if (Check.isNumber(value) && (value.asDouble() < 0 || value.asDouble() != Math.floor(value.asDouble()))) {
                c.fail("R17", pointer + "/" + field[0] + "/" + field[1], "Un effectif ou un nombre de documents est "
                        + "un nombre entier positif ou nul.");
            }
        }
        quantities(c, library, pointer);
    }

    /** R17 for every quantity: a number >= 0 or exactly "NC". */
    private static void quantities(Check c, JsonNode library, String pointer) {
        java.util.List<String[]> fields = new java.util.ArrayList<>();
        STATISTICS.forEach((section, names) -> names.keySet().forEach(name -> fields.add(new String[] {section, name})));
        fields.addAll(EXTRA_QUANTITIES);
        for (String[] field : fields) {
            JsonNode value = field[0] == null ? library.path(field[1]) : library.path(field[0]).path(field[1]);
            String child = pointer + (field[0] == null ? "" : "/" + field[0]) + "/" + field[1];
            if (value.isNumber() && value.asDouble() < 0) {
                c.fail("R17", child, "Une quantité ne peut pas être négative.");
            } else if (value.isTextual() && !Check.isNc(value)) {
                c.fail("R17", child, "Indiquez un nombre, ou exactement « NC » s'il n'est pas connu.");
            } else if (!value.isNumber() && !value.isTextual() && Check.answered(value)) {
                c.fail("R17", child, "Indiquez un nombre, ou « NC ».");
            }
        }
    }

    private static final List<String[]> EXTRA_QUANTITIES = List.of(new String[] {"presentation", "totalAreaM2"},
            new String[] {"presentation", "networkLibraryCount"}, new String[] {"equipment", "digitalAdvisorCount"},
            new String[] {"fees", "adultsResident"}, new String[] {"fees", "childrenResident"},
            new String[] {"fees", "adultsNonResident"}, new String[] {"fees", "childrenNonResident"},
            new String[] {"ils", "annualCost"}, new String[] {"portal", "annualCost"},
            new String[] {"portal", "loggedInUsers"}, new String[] {null, "openingHoursPerWeek"});

    private static void r18to20(Check c, JsonNode library, String pointer) {
        JsonNode audience = library.path("audience");
        if (Check.isNumber(audience.path("adults")) && Check.isNumber(audience.path("youth"))
                && Check.isNumber(audience.path("activeBorrowers"))
                && audience.path("adults").asDouble() + audience.path("youth").asDouble()
                        > audience.path("activeBorrowers").asDouble()) {
            c.fail("R18", pointer + "/audience", "Adultes et jeunesse dépassent le nombre d'inscrits actifs.");
        }
        JsonNode collections = library.path("collections");
        if (Check.isNumber(collections.path("totalDocuments"))) {
            double sum = 0;
            for (String field : new String[] {"books", "dvds", "cds", "games"}) {
                sum += Check.isNumber(collections.path(field)) ? collections.path(field).asDouble() : 0;
            }
            if (sum > collections.path("totalDocuments").asDouble()) {
                c.fail("R19", pointer + "/collections", "Livres, DVD, CD et jeux dépassent le nombre total de documents.");
            }
        }
        JsonNode team = library.path("team");
        if (Check.isNumber(team.path("fte")) && Check.isNumber(team.path("categoryA"))
                && Check.isNumber(team.path("categoryB")) && Check.isNumber(team.path("categoryC"))
                && team.path("fte").asDouble() > team.path("categoryA").asDouble() + team.path("categoryB").asDouble()
                        + team.path("categoryC").asDouble()) {
            c.fail("R20", pointer + "/team", "Les équivalents temps plein dépassent le nombre d'agents.");
        }
    }

    private static void r21(Check c, JsonNode equipment, String p) {
        c.requireAnswer("R21", equipment, "publicWifi", p, "Accès WIFI public");
        c.requireAnswer("R21", equipment, "digitalAdvisors", p, "Disposez-vous de conseillers numériques ?");
        c.requireAnswer("R21", equipment, "rfid", p, "Équipement RFID");
        c.requireAnswer("R21", equipment, "automatedReturnBox", p, "Boîte de retour automatisée");
        lendable(c, equipment, "eReaders", "eReadersLendable", p, "liseuses");
        lendable(c, equipment, "tablets", "tabletsLendable", p, "tablettes");
        JsonNode advisors = equipment.path("digitalAdvisors");
        JsonNode count = equipment.path("digitalAdvisorCount");
        if (advisors.isBoolean() && advisors.asBoolean() && !(Check.isNc(count) || Check.isNumber(count)
                && count.asDouble() >= 1)) {
            c.fail("R21", p + "/digitalAdvisorCount", "Indiquez combien de conseillers numériques (au moins 1, ou « NC »).");
        }
        if (advisors.isBoolean() && !advisors.asBoolean() && Check.answered(count)
                && !(Check.isNumber(count) && count.asDouble() == 0)) {
            c.fail("R21", p + "/digitalAdvisorCount", "Sans conseiller numérique, leur nombre reste vide ou 0.");
        }
    }

    private static void lendable(Check c, JsonNode equipment, String count, String lendable, String p, String label) {
        JsonNode n = equipment.path(count);
        JsonNode l = equipment.path(lendable);
        if (Check.isNumber(n) && n.asDouble() > 0 && !Check.answered(l)) {
            c.fail("R21", p + "/" + lendable, "Les " + label + " sont-elles empruntables ? Répondez oui ou non.");
        }
        if (Check.isNumber(n) && n.asDouble() == 0 && l.isBoolean() && l.asBoolean()) {
            c.fail("R21", p + "/" + lendable, "Sans " + label + ", elles ne peuvent pas être empruntables.");
        }
    }

    private static void r22(Check c, JsonNode fees, String p) {
        if (c.requireAnswer("R22", fees, "universalFree", p, "Gratuité universelle")) {
            return;
        }
        boolean free = fees.path("universalFree").asBoolean();
        for (String field : new String[] {"adultsResident", "childrenResident", "adultsNonResident",
                "childrenNonResident"}) {
            JsonNode fee = fees.path(field);
            if (free && Check.answered(fee) && !(Check.isNumber(fee) && fee.asDouble() == 0)) {
                c.fail("R22", p + "/" + field, "Avec la gratuité universelle, les tarifs sont vides ou à 0.");
            } else if (!free && !Check.answered(fee)) {
                c.fail("R22", p + "/" + field, "Indiquez le tarif (un montant, ou « NC »).");
            }
        }
    }

    private static void r23(Check c, JsonNode system, String p, boolean portal) {
        String label = portal ? "Nom du portail (« aucun » s'il n'y en a pas)" : "Nom du SIGB (« aucun » s'il n'y en a pas)";
        if (c.requireText("R23", system, "product", p, label)) {
            return;
        }
        if ("aucun".equalsIgnoreCase(system.path("product").asText().strip())) {
            return;
        }
        c.requireText("R23", system, "vendor", p, portal ? "Prestataire portail" : "Prestataire SIGB");
        JsonNode since = system.path("sinceYear");
        if (!Check.answered(since)) {
            c.fail("R23", p + "/sinceYear", "Depuis quelle année ? est à renseigner.");
        } else if (c.year > 0 && since.asInt() > c.year) {
            c.fail("R23", p + "/sinceYear", "L'année ne peut pas dépasser " + c.year + ".");
        }
        c.requireAnswer("R23", system, "hosting", p, "Hébergement");
        c.requireAnswer("R23", system, "annualCost", p, "Coût annuel");
        if (portal) {
            c.requireAnswer("R23", system, "loggedInUsers", p, "Usagers connectés au portail");
        }
    }

    private static void r24(Check c, JsonNode library, String pointer) {
        JsonNode online = library.path("onlineResources");
        String p = pointer + "/onlineResources";
        if (c.requireAnswer("R24", online, "offered", p, "Proposez-vous des ressources en ligne ?")) {
            return;
        }
        if (online.path("offered").asBoolean()) {
            c.requireText("R24", online, "subscriptions", p, "Ressources auxquelles vous êtes abonnés");
        }
        JsonNode spending = library.path("budget").path("digitalSubscriptions");
        if (Check.isNumber(spending) && spending.asDouble() > 0 && !online.path("offered").asBoolean()) {
            c.fail("R24", p + "/offered", "Un budget d'abonnements numériques suppose des ressources en ligne proposées.");
        }
    }

    private static void r25(Check c, JsonNode social, String p) {
        for (String network : new String[] {"facebook", "instagram", "tiktok"}) {
            JsonNode account = social.path(network);
            if (Check.answered(account) && Check.blank(account)) {
                c.fail("R25", p + "/" + network, "Indiquez le compte, ou laissez vide pour NON.");
            }
        }
        JsonNode other = social.path("other");
        for (int i = 0; i < other.size(); i++) {
            c.requireText("R25", other.get(i), "name", p + "/other/" + i, "Réseau social");
            c.requireText("R25", other.get(i), "account", p + "/other/" + i, "Compte");
        }
    }

    private static void r26(Check c, JsonNode links, String p) {
        for (String question : MEL_QUESTIONS) {
            c.requireAnswer("R26", links, question, p, "Liens avec la MEL : " + question);
        }
        JsonNode uses = links.path("usesAsuivrePortal");
        boolean hasUse = links.path("asuivreMostUsed").size() > 0 || !Check.blank(links.path("asuivreOther"));
        if (uses.isBoolean() && !uses.asBoolean() && (links.path("asuivreMostUsed").size() > 0
                || Check.answered(links.path("asuivreOther")))) {
            c.fail("R26", p + "/asuivreMostUsed", "Sans usage du portail « à suivre… », ne cochez aucun usage.");
        }
        if (uses.isBoolean() && uses.asBoolean() && !hasUse) {
            c.fail("R26", p + "/asuivreMostUsed", "Indiquez ce que vous recherchez le plus sur « à suivre… ».");
        }
    }
}
