package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.sling.api.request.RequestParameter;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.ImportReport;

/**
 * The CSV import of tenants and their first accounts (MEL admins), and the invitation links it hands out
 * (anyone holding one; the only API route open to anonymous callers). Listed in {@link AccountsApiServlet}.
 */
final class AdminImportRoutes implements ApiRoutes {

    static final String FILE_FIELD = "fichier";

    private final Accounts accounts;

    AdminImportRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/tenants/import", this::importTenants),
                Route.post("/invitations/{token}", this::acceptInvitation));
    }

    /**
     * The CSV in the body (text/csv) or in the admin page's file field: the report in JSON, or for the
     * admin page a CSV of the invitation links to send.
     */
    private Outcome importTenants(ApiRequest call) throws Exception {
        ImportReport report;
        Reader csv = csv(call);
        try (csv) {
            report = accounts.importTenants(call.session(), csv);
        } catch (InvalidRequestException e) {
            throw call.isMultipart() ? refused(e) : e;
        }
        if (call.isMultipart()) {
            String base = call.request.getScheme() + "://" + call.request.getHeader("Host");
            return Outcome.ok(new CampaignRoutes.CsvBody(InvitationsCsv.of(report, base), "invitations.csv"));
        }
        return Outcome.created(report, report.tenants().size() + " communes ou réseaux importés, "
                + report.accounts().size() + " comptes invités.");
    }

    /** For the admin page, whose message shows the first errors only: what happened, then how many. */
    private static InvalidRequestException refused(InvalidRequestException e) {
        List<FieldError> errors = new java.util.ArrayList<>(e.getErrors());
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            String count = errors.size() == 1 ? "1 erreur" : errors.size() + " erreurs";
            errors.set(0, new FieldError(first.rule(), first.pointer(), "Import refusé, rien n'a été créé (" + count
                    + ") : " + first.message()));
        }
        return new InvalidRequestException(errors);
    }

    private static Reader csv(ApiRequest call) throws InvalidRequestException, IOException {
        InputStream in;
        if (call.isMultipart()) {
            RequestParameter file = call.request.getRequestParameter(FILE_FIELD);
            if (file == null || file.isFormField() || file.getSize() == 0) {
                throw new InvalidRequestException(FieldError.schema("/" + FILE_FIELD,
                        "Choisissez le fichier CSV des communes à importer."));
            }
            in = file.getInputStream();
        } else {
            String type = call.request.getContentType();
            if (type == null || !(type.startsWith("text/csv") || type.startsWith("text/plain"))) {
                throw new InvalidRequestException(415, FieldError.schema("", "Envoyez le fichier en text/csv "
                        + "(UTF-8) ou par le formulaire de la page d'administration."));
            }
            in = call.request.getInputStream();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private Outcome acceptInvitation(ApiRequest call) throws Exception {
        String login = accounts.acceptInvitation(call.var("token"), call.body(NewPassword.class).password());
        return new Outcome(200, java.util.Map.of("login", login),
                "Votre mot de passe est enregistré : connectez-vous avec l'identifiant « " + login + " ».");
    }

    /** Body of POST /invitations/{token}. */
    public record NewPassword(String password) {
    }
}
