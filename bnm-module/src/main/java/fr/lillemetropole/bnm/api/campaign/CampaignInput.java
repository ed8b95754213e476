package fr.lillemetropole.bnm.api.campaign;

/**
 * A campaign to create or the new values of one: the body of {@code POST /campaigns} and
 * {@code POST /campaigns/{campaign}}. Date-times are Paris time, as typed in the portal's form
 * ({@code 2023-06-01T09:00}), or ISO-8601 with an offset; a date alone opens at 00:00 and closes at 23:59.
 *
 * @param id       required to create; when updating, absent or the campaign's own (an id never changes)
 * @param year     optional: when given, the year that ends the id
 * @param status   a {@link CampaignStatus} code; absent: draft for a new campaign, unchanged for an update
 * @param opensAt  absent: no opening date
 * @param closesAt absent: no closing date
 */
public record CampaignInput(String id, String title, Integer year, String status, String opensAt, String closesAt) {
}
