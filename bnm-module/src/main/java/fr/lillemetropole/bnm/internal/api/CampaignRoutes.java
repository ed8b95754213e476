package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.created;
import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.internal.campaign.RemindersCsv;

/** Campaign routes of the API (listed, with who may call them, in {@link AccountsApiServlet}). */
final class CampaignRoutes implements ApiRoutes {

    static final String CAMPAIGN = "/campaigns/{campaign}";

    private final Campaigns campaigns;

    private final fr.lillemetropole.bnm.internal.mail.Notifier notifier;

    CampaignRoutes(Campaigns campaigns, fr.lillemetropole.bnm.internal.mail.Notifier notifier) {
        this.notifier = notifier;
        this.campaigns = campaigns;
    }

    /** A CSV answer, downloaded as a file. */
    record CsvBody(byte[] bytes, String filename) {

        void write(HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/campaigns", call -> ok(campaigns.list(call.session()))),
                Route.post("/campaigns", call -> created(campaigns.create(call.session(),
                        call.body(CampaignInput.class)), "La campagne a été créée.")),
                Route.get(CAMPAIGN, call -> ok(campaigns.get(call.session(), call.var("campaign")))),
                Route.post(CAMPAIGN, call -> new Outcome(200, campaigns.update(call.session(), call.var("campaign"),
                        call.body(CampaignInput.class)), "La campagne a été enregistrée.")),
                Route.get(CAMPAIGN + "/reminders",
                        call -> ok(campaigns.reminders(call.session(), call.var("campaign")))),
                Route.get(CAMPAIGN + "/reminders.csv", this::csv),
                Route.post(CAMPAIGN + "/reminders/send", this::send));
    }

    /** GET …/reminders.csv: the same list, for a spreadsheet. */
    private Outcome csv(ApiRequest call) throws Exception {
        String campaign = call.var("campaign");
        byte[] bytes = RemindersCsv.of(campaigns.reminders(call.session(), campaign));
        return ok(new CsvBody(bytes, "relances-" + campaign + ".csv"));
    }

    /** POST …/reminders/send (MEL staff): one reminder e-mail to each commune whose dossier is not filed. */
    private Outcome send(ApiRequest call) throws Exception {
        java.util.List<fr.lillemetropole.bnm.api.campaign.Reminder> reminders = campaigns.reminders(call.session(),
                call.var("campaign"));
        int sent = 0;
        for (fr.lillemetropole.bnm.api.campaign.Reminder reminder : reminders) {
            if (reminder.deadline() != null) {
                notifier.deadlineReminder(reminder.tenant(), call.var("campaign"),
                        java.time.ZonedDateTime.parse(reminder.deadline()).toInstant());
                sent++;
            }
        }
        return new Outcome(200, java.util.Map.of("sent", sent), "Rappel envoyé par courriel à " + sent
                + " commune(s) ou réseau(x).");
    }
}
