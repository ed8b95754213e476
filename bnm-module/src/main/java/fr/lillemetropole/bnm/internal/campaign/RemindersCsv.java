package fr.lillemetropole.bnm.internal.campaign;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.lillemetropole.bnm.api.campaign.Reminder;

/**
 * The reminder list as a spreadsheet opens it: UTF-8 with a byte order mark, {@code ;} between cells,
 * French headers. A text cell that a spreadsheet would take for a formula (starting with = + - @, a tab
 * or a carriage return) starts with an apostrophe; numbers are written as numbers.
 */
public final class RemindersCsv {

    static final String HEADER = "Commune ou réseau;Identifiant;Type;Dossier;Échéance;Jours restants";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private RemindersCsv() {}

    public static byte[] of(List<Reminder> reminders) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Reminder r : reminders) {
            String deadline = r.deadline() == null ? "" : DEADLINE.format(CampaignTimes.ofIso(r.deadline()));
            csv.append(text(r.name())).append(';').append(text(r.tenant())).append(';').append(text(r.kindLabel()))
                    .append(';').append(text(r.statusLabel())).append(';').append(text(deadline)).append(';')
                    .append(r.daysLeft() == null ? "" : r.daysLeft().toString()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell: neutralised when it could run as a formula, quoted when it holds ; " or a line break. */
    public static String text(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
