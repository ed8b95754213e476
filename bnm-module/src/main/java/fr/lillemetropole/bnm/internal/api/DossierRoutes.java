package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.util.List;

import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.dossier.pdf.DossierPdf;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.internal.text.Texts;

import com.fasterxml.jackson.databind.JsonNode;

/** Dossier routes of the API (listed, with what they answer, in {@link AccountsApiServlet}). */
final class DossierRoutes implements ApiRoutes {

    static final String DOSSIER = "/campaigns/{campaign}/dossiers/{tenant}";

    private final Dossiers dossiers;

    DossierRoutes(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** A PDF answer. */
    record PdfBody(byte[] bytes, String filename) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/campaigns/{campaign}/dossiers",
                        call -> ok(dossiers.list(call.session(), call.var("campaign")))),
                Route.get(DOSSIER, this::document),
                Route.put(DOSSIER, this::save),
                Route.get(DOSSIER + "/status",
                        call -> ok(dossiers.status(call.session(), call.var("campaign"), call.var("tenant")))),
                Route.post(DOSSIER + "/sign", call -> new Outcome(200,
                        dossiers.sign(call.session(), call.var("campaign"), call.var("tenant")), "Le dossier est signé.")),
                Route.post(DOSSIER + "/submit", call -> new Outcome(200,
                        dossiers.submit(call.session(), call.var("campaign"), call.var("tenant")), "Le dossier est déposé.")),
                Route.get(DOSSIER + ".pdf", call -> ok(pdf(call, call.var("campaign"), call.var("tenant")))),
                Route.get(DOSSIER + "/receipt.pdf", this::receiptPdf),
                Route.get(DOSSIER + "/receipt/verify",
                        call -> ok(dossiers.verify(call.session(), call.var("campaign"), call.var("tenant")))),
                Route.post(DOSSIER + "/start-from-previous", call -> new Outcome(201, dossiers.startFromPrevious(
                        call.session(), call.var("campaign"), call.var("tenant")),
                        "Le dossier reprend celui de la campagne précédente : vérifiez chaque section.")));
    }

    private Outcome document(ApiRequest call) throws Exception {
        DossierVersion version = dossiers.get(call.session(), call.var("campaign"), call.var("tenant"));
        return new Outcome(200, version.document(), null, version.etag());
    }

    private Outcome save(ApiRequest call) throws Exception {
        JsonNode document = call.body(JsonNode.class);
        SaveResult saved = dossiers.save(call.session(), call.var("campaign"), call.var("tenant"), document,
                call.request.getHeader("If-Match"));
        return new Outcome(200, saved, "Le brouillon est enregistré.", saved.etag());
    }

    /** GET …/receipt.pdf: the attestation de dépôt of the filed dossier. */
    private Outcome receiptPdf(ApiRequest call) throws Exception {
        String tenant = call.var("tenant");
        Receipt receipt = dossiers.receipt(call.session(), call.var("campaign"), tenant);
        if (receipt == null) {
            throw new NotFoundException("Le dossier n'est pas déposé : pas encore d'attestation de dépôt.");
        }
        byte[] bytes = new DossierPdf(Texts.french(call.request)).receipt(receipt, tenantName(call, tenant));
        return new Outcome(200, new PdfBody(bytes, "attestation-" + tenant + ".pdf"), null);
    }

    private PdfBody pdf(ApiRequest call, String campaign, String tenant) throws Exception {
        DossierVersion version = dossiers.get(call.session(), campaign, tenant);
        java.util.ResourceBundle labels = Texts.french(call.request);
        DossierPdf.Context context = new DossierPdf.Context(tenantName(call, tenant), campaign,
                Labels.status(labels, version.status()), dossiers.signature(call.session(), campaign, tenant),
                dossiers.receipt(call.session(), campaign, tenant));
        return new PdfBody(new DossierPdf(labels).dossier(version.document(), context),
                "dossier-" + tenant + "-" + campaign + ".pdf");
    }

    private static String tenantName(ApiRequest call, String tenant) throws Exception {
        String path = fr.lillemetropole.bnm.api.BnmPaths.tenant(tenant);
        if (!call.session().nodeExists(path)) {
            throw new NotFoundException("Aucune commune ni aucun réseau « " + tenant + " ».");
        }
        return call.session().getNode(path).getProperty(JcrNames.NAME).getString();
    }
}
