package fr.lillemetropole.bnm.internal.dossier.schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The schema's formats that both the validator and the rules check. */
public final class Formats {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private Formats() {}

    /** A calendar date written AAAA-MM-JJ ("date" format of the schema). */
    public static boolean isDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
