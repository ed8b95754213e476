package fr.lillemetropole.bnm.internal.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign's opening and closing date-times, at Paris time: as typed ({@code 2023-06-01T09:00}, a date
 * alone, or ISO-8601 with an offset), as stored (a JCR date) and as the API shows them (ISO-8601 with the
 * Paris offset of that day).
 */
public final class CampaignTimes {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** What an HTML {@code datetime-local} field holds. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    /** As typed in French where the browser has no date-time field: « 01/06/2023 09:00 », « 01/06/2023 à 9h00 ». */
    private static final Pattern FRENCH = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(?:à\\s+)?(\\d{1,2})[:h](\\d{2}))?");

    private CampaignTimes() {}

    /**
     * The date-time of {@code text}, null when blank: {@code 2023-06-01T09:00}, ISO-8601 with an offset,
     * or French ({@code 01/06/2023 09:00}); a date alone is its first minute ({@code closing} false) or its
     * last ({@code closing} true).
     *
     * @throws DateTimeParseException when it is no date
     */
    public static ZonedDateTime parse(String text, boolean closing) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Matcher french = FRENCH.matcher(value);
        if (french.matches()) {
            return french(french, closing);
        }
        if (value.length() == 10) {
            return LocalDate.parse(value).atTime(closing ? END_OF_DAY : LocalTime.MIDNIGHT).atZone(PARIS);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(PARIS);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value).atZone(PARIS);
        }
    }

    private static ZonedDateTime french(Matcher m, boolean closing) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            LocalTime time = m.group(4) == null ? (closing ? END_OF_DAY : LocalTime.MIDNIGHT)
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return date.atTime(time).atZone(PARIS);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), m.group(), 0, e);
        }
    }

    /** ISO-8601 with the Paris offset ({@code 2023-06-01T09:00:00+02:00}), null for null. */
    public static String iso(ZonedDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                time.withZoneSameInstant(PARIS).truncatedTo(ChronoUnit.SECONDS));
    }

    /** An API date-time back to Paris time, null for null. */
    public static ZonedDateTime ofIso(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso).atZoneSameInstant(PARIS);
    }

    /** The value of an HTML {@code datetime-local} field ({@code 2023-06-01T09:00}), "" for none. */
    public static String input(String iso) {
        return iso == null ? "" : INPUT.format(ofIso(iso));
    }

    public static Calendar calendar(ZonedDateTime time) {
        return time == null ? null : GregorianCalendar.from(time.withZoneSameInstant(PARIS));
    }

    public static ZonedDateTime of(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant().atZone(PARIS);
    }
}
