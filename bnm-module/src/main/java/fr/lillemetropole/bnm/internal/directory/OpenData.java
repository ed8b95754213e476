package fr.lillemetropole.bnm.internal.directory;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.lillemetropole.bnm.internal.campaign.RemindersCsv;

/**
 * The directory as open data: JSON (with its licence and date) and CSV (UTF-8 with a byte order mark so that
 * spreadsheets read the accents, {@code ;} between cells, French headers, Oui/Non, formula-like cells
 * neutralised). Libraries by commune, then name.
 */
public final class OpenData {

    public static final String LICENCE = "Licence Ouverte 2.0";
    public static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final String HEADER = "Identifiant;Nom;Commune;Réseau;Adresse;Téléphone;Portail;"
            + "Heures d'ouverture par semaine;Wi-Fi;Liseuses;Tablettes;Conseillers numériques;RFID;"
            + "Boîte de retour;Engagement SIGB métropolitain;Engagement ressources en ligne;"
            + "Engagement médiation numérique;Engagement livres numériques;Description;Page";

    private OpenData() {}

    public static List<PublicLibrary> sorted(List<PublicLibrary> libraries) {
        List<PublicLibrary> sorted = new ArrayList<>(libraries);
        sorted.sort(Comparator.comparing((PublicLibrary l) -> LibraryExtract.fold(l.commune()))
                .thenComparing(l -> LibraryExtract.fold(l.name())));
        return sorted;
    }

    public static String page(String slug) {
        return Projection.ROOT + "/" + slug + ".html";
    }

    /** The JSON document of {@code GET /libraries}. */
    public static Map<String, Object> json(Directory.Snapshot snapshot) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bibliothèques partenaires de la Bibliothèque Numérique Métropolitaine");
        body.put("publisher", "Métropole Européenne de Lille");
        body.put("licence", Map.of("name", LICENCE, "url", LICENCE_URL));
        body.put("updatedAt", snapshot.updatedAt().toString());
        body.put("communeCount", snapshot.communeCount());
        body.put("libraryCount", snapshot.libraries().size());
        List<Map<String, Object>> libraries = new ArrayList<>();
        for (PublicLibrary library : sorted(snapshot.libraries())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", library.slug());
            item.put("name", library.name());
            item.put("commune", library.commune());
            item.put("network", library.network());
            item.put("address", library.address());
            item.put("phone", library.phone());
            item.put("portalUrl", library.portalUrl());
            item.put("openingHoursPerWeek", library.openingHoursPerWeek());
            item.put("services", flags(PublicLibrary.SERVICES, library.services()));
            item.put("commitments", flags(PublicLibrary.COMMITMENTS, library.commitments()));
            item.put("description", library.description());
            item.put("page", page(library.slug()));
            libraries.add(item);
        }
        body.put("libraries", libraries);
        return body;
    }

    private static Map<String, Boolean> flags(List<String> codes, List<String> present) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        codes.forEach(code -> flags.put(code, present.contains(code)));
        return flags;
    }

    /** The CSV of {@code GET /libraries.csv}. */
    public static byte[] csv(Directory.Snapshot snapshot) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (PublicLibrary l : sorted(snapshot.libraries())) {
            List<String> cells = new ArrayList<>(List.of(l.slug(), text(l.name()), text(l.commune()),
                    text(l.network()), text(l.address()), text(l.phone()), text(l.portalUrl()),
                    hours(l.openingHoursPerWeek())));
            PublicLibrary.SERVICES.forEach(code -> cells.add(l.offers(code) ? "Oui" : "Non"));
            PublicLibrary.COMMITMENTS.forEach(code -> cells.add(l.commits(code) ? "Oui" : "Non"));
            cells.add(text(l.description()));
            cells.add(page(l.slug()));
            csv.append(String.join(";", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return RemindersCsv.text(value);
    }

    /** A French decimal: 37,5. */
    public static String hours(Double hours) {
        if (hours == null) {
            return "";
        }
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(hours);
    }
}
