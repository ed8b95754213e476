package fr.lillemetropole.bnm.api.campaign;

/**
 * One AMI campaign, as the API shows it.
 *
 * @param id            such as {@code ami-bnm-2023}; it ends with the campaign's year
 * @param year          the campaign's year Y (the dossiers' figures are those of Y − 1)
 * @param status        {@code draft}, {@code open}, {@code closed} or {@code archived}
 * @param statusLabel   the status in French (« Ouverte »)
 * @param opensAt       when dossiers may be started, ISO-8601 at Paris time
 *                      ({@code 2023-06-01T09:00:00+02:00}); null: from the opening of the status
 * @param closesAt      when filing ends, likewise; null: until the status closes it
 * @param schemaVersion the version of the dossier's format
 */
public record Campaign(String id, String title, int year, String status, String statusLabel, String opensAt,
        String closesAt, long schemaVersion) {
}
