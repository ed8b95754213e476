package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.util.List;
import java.util.ResourceBundle;

import javax.jcr.Session;

import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.internal.export.CampaignDossiers;
import fr.lillemetropole.bnm.internal.export.CampaignFigures;
import fr.lillemetropole.bnm.internal.export.DossiersJson;
import fr.lillemetropole.bnm.internal.export.DossiersZip;
import fr.lillemetropole.bnm.internal.export.LibrariesCsv;
import fr.lillemetropole.bnm.internal.export.LibrariesXlsx;
import fr.lillemetropole.bnm.internal.export.LibraryRows;
import fr.lillemetropole.bnm.internal.text.Texts;

/**
 * The instruction's exports of a whole campaign, for MEL instructors and admins (listed in
 * {@link AccountsApiServlet}): read in the caller's own session, streamed one dossier at a time.
 */
final class ExportRoutes implements ApiRoutes {

    private static final String EXPORTS = "/campaigns/{campaign}/exports";

    private final Dossiers dossiers;

    ExportRoutes(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(EXPORTS + "/libraries.csv", this::csv),
                Route.get(EXPORTS + "/libraries.xlsx", this::xlsx),
                Route.get(EXPORTS + "/dossiers.json", this::json),
                Route.get(EXPORTS + "/dossiers.zip", this::zip),
                Route.get("/campaigns/{campaign}/figures", this::figures));
    }

    private Outcome csv(ApiRequest call) throws Exception {
        String campaign = checked(call);
        LibraryRows rows = new LibraryRows(Texts.french(call.request));
        Session session = call.session();
        return ok(new StreamBody("text/csv;charset=UTF-8", "bibliotheques-" + campaign + ".csv", out -> {
            try (LibrariesCsv csv = new LibrariesCsv(out, rows.header())) {
                CampaignDossiers.forEach(session, campaign, true, dossier -> csv.rows(rows.rows(dossier)));
            }
        }));
    }

    private Outcome xlsx(ApiRequest call) throws Exception {
        String campaign = checked(call);
        ResourceBundle labels = Texts.french(call.request);
        LibraryRows rows = new LibraryRows(labels);
        Session session = call.session();
        return ok(new StreamBody("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "bibliotheques-" + campaign + ".xlsx", out -> {
                    try (LibrariesXlsx xlsx = new LibrariesXlsx(out, Texts.get(labels, "bnm.export.sheet"),
                            rows.header())) {
                        CampaignDossiers.forEach(session, campaign, true, dossier -> xlsx.rows(rows.rows(dossier)));
                    }
                }));
    }

    private Outcome json(ApiRequest call) throws Exception {
        String campaign = checked(call);
        Session session = call.session();
        return ok(new StreamBody("application/json;charset=UTF-8", "dossiers-" + campaign + ".json", out -> {
            try (DossiersJson json = new DossiersJson(out)) {
                CampaignDossiers.forEach(session, campaign, false, json::write);
            }
        }));
    }

    private Outcome zip(ApiRequest call) throws Exception {
        String campaign = checked(call);
        ResourceBundle labels = Texts.french(call.request);
        Session session = call.session();
        return ok(new StreamBody("application/zip", "dossiers-" + campaign + ".zip", out -> {
            try (DossiersZip zip = new DossiersZip(out, labels, campaign)) {
                CampaignDossiers.forEach(session, campaign, true, dossier -> zip.write(dossier,
                        dossiers.signature(session, campaign, dossier.tenant())));
            }
        }));
    }

    private Outcome figures(ApiRequest call) throws Exception {
        String campaign = checked(call);
        CampaignFigures.Builder figures = new CampaignFigures.Builder(campaign);
        CampaignDossiers.forEach(call.session(), campaign, false, figures::add);
        return ok(figures.build());
    }

    /** The campaign, once the caller proved to be MEL staff (403) and the campaign to exist (404). */
    private static String checked(ApiRequest call) throws Exception {
        String campaign = call.var("campaign");
        CampaignDossiers.requireStaff(call.session(), campaign);
        return campaign;
    }
}
