package fr.lillemetropole.bnm.internal.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as the portal writes them for people: « 2 décembre 2026 à 00:56 », « 1er mars 2027 », in
 * Paris time (summer time included), never an ISO instant.
 */
public final class FrenchDates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private FrenchDates() {}

    /** « 2 décembre 2026 à 00:56 », Paris time. */
    public static String format(Instant instant) {
        ZonedDateTime paris = instant.atZone(PARIS);
        return date(paris.toLocalDate()) + " à " + TIME.format(paris);
    }

    /**
     * An ISO-8601 instant ({@code 2026-12-01T23:56:00Z}, or with an offset) as {@link #format(Instant)} writes it;
     * "" for none, and the text itself when it is no instant (so that nothing is lost from a document).
     */
    public static String format(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        try {
            return format(Instant.parse(isoInstant.trim()));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** « 2 décembre 2026 », « 1er janvier 2027 ». */
    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(date);
    }
}
