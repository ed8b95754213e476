package fr.lillemetropole.bnm.internal.api;

import java.nio.charset.StandardCharsets;

import fr.lillemetropole.bnm.api.account.ImportReport;
import fr.lillemetropole.bnm.internal.campaign.RemindersCsv;

/** The invitation links of an import, for a spreadsheet (UTF-8 with BOM, « ; »), to send to each account. */
final class InvitationsCsv {

    private InvitationsCsv() {}

    static byte[] of(ImportReport report, String base) {
        StringBuilder csv = new StringBuilder("\uFEFFespace;login;nom;e-mail;rôle;lien d'invitation (72 h)\r\n");
        for (ImportReport.InvitedAccount account : report.accounts()) {
            csv.append(cell(account.tenant())).append(';').append(cell(account.login())).append(';')
                    .append(cell(account.displayName())).append(';').append(cell(account.email())).append(';')
                    .append("agent".equals(account.role()) ? "agent" : "élu").append(';')
                    .append(cell(base + account.invitation())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        return RemindersCsv.text(value);
    }
}
