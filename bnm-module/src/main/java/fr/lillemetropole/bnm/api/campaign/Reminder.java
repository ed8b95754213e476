package fr.lillemetropole.bnm.api.campaign;

/**
 * An active commune or network that has not filed its dossier for a campaign: to remind before closing.
 *
 * @param tenant        the tenant's slug
 * @param kindLabel     « Commune » or « Réseau de communes »
 * @param dossierStatus {@code none} (not started), {@code draft} or {@code returned}
 * @param statusLabel   that status in French
 * @param deadline      the dossier's own deadline (reopened) or else the campaign's closing, ISO-8601 at
 *                      Paris time; null when there is none
 * @param daysLeft      whole days from today (Paris) to the deadline's day: 0 on its last day, negative
 *                      once past; null without a deadline
 */
public record Reminder(String tenant, String name, String kind, String kindLabel, String dossierStatus,
        String statusLabel, String deadline, Integer daysLeft) {
}
