package fr.lillemetropole.bnm.internal.directory;

import java.util.List;

/**
 * One library of the public directory: only the fields meant to be public (never a person's name, an
 * e-mail address nor the elected official's data). Services and commitments are codes of
 * {@link #SERVICES} and {@link #COMMITMENTS}.
 */
public record PublicLibrary(String slug, String name, String commune, String tenant, String campaign,
        String network, String address, String phone, String portalUrl, Double openingHoursPerWeek,
        List<String> services, List<String> commitments, String description) {

    /** Wi-Fi, liseuses, tablettes, conseillers numériques, RFID, boîte de retour; in this order. */
    public static final List<String> SERVICES = List.of("wifi", "ereaders", "tablets", "digital_advisors", "rfid",
            "return_box");
    /** SIGB métropolitain, ressources en ligne, médiation numérique, livres numériques; in this order. */
    public static final List<String> COMMITMENTS = List.of("ils", "online_resources", "mediation", "ebooks");

    public PublicLibrary {
        services = List.copyOf(services);
        commitments = List.copyOf(commitments);
    }

    PublicLibrary withSlug(String value) {
        return new PublicLibrary(value, name, commune, tenant, campaign, network, address, phone, portalUrl,
                openingHoursPerWeek, services, commitments, description);
    }

    PublicLibrary withDescription(String value) {
        return new PublicLibrary(slug, name, commune, tenant, campaign, network, address, phone, portalUrl,
                openingHoursPerWeek, services, commitments, value);
    }

    public boolean offers(String service) {
        return services.contains(service);
    }

    public boolean commits(String commitment) {
        return commitments.contains(commitment);
    }
}
