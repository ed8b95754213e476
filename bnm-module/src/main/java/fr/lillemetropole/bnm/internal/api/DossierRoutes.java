package fr.lillemetropole.bnm.internal.api;

import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.dossier.pdf.DossierPdf;
import fr.lillemetropole.bnm.internal.api.AccountsApiServlet.Outcome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dossier routes of the API (a contract):
 * <pre>
 * GET  /campaigns/{campaign}/dossiers                  the dossiers the caller may see
 * GET  /campaigns/{campaign}/dossiers/{tenant}         the document, with its ETag
 * PUT  /campaigns/{campaign}/dossiers/{tenant}         save a draft (If-Match once it exists)
 * GET  /campaigns/{campaign}/dossiers/{tenant}/status  status, completeness by section, history
 * POST /campaigns/{campaign}/dossiers/{tenant}/sign    the elected official signs the current version
 * POST /campaigns/{campaign}/dossiers/{tenant}/submit  file it (422 with every rule broken)
 * GET  /campaigns/{campaign}/dossiers/{tenant}.pdf     the dossier laid out like the paper form
 * GET  /campaigns/{campaign}/dossiers/{tenant}/receipt.pdf  the attestation de dépôt
 * GET  /campaigns/{campaign}/dossiers/{tenant}/receipt/verify  whether the filed version still matches its receipt
 * </pre>
 */
final class DossierRoutes {

    private final Dossiers dossiers;

    DossierRoutes(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** A PDF answer. */
    record PdfBody(byte[] bytes, String filename) {
    }

    Outcome get(ApiRequest call) throws Exception {
        if (call.segments.size() == 4 && "dossiers".equals(call.segment(2)) && call.segment(3).endsWith(".pdf")) {
            String tenant = call.segment(3).substring(0, call.segment(3).length() - ".pdf".length());
            return new Outcome(200, pdf(call, call.segment(1), tenant), null);
        }
        if (call.segments.size() == 5 && "dossiers".equals(call.segment(2)) && "receipt.pdf".equals(call.segment(4))) {
            Receipt receipt = dossiers.receipt(call.session(), call.segment(1), call.segment(3));
            if (receipt == null) {
                throw new NotFoundException("Le dossier n'est pas déposé : pas encore d'attestation de dépôt.");
            }
            byte[] bytes = new DossierPdf().receipt(receipt, tenantName(call, call.segment(3)));
            return new Outcome(200, new PdfBody(bytes, "attestation-" + call.segment(3) + ".pdf"), null);
        }
        if (call.segments.size() == 6 && "dossiers".equals(call.segment(2)) && "receipt".equals(call.segment(4))
                && "verify".equals(call.segment(5))) {
            return new Outcome(200, dossiers.verify(call.session(), call.segment(1), call.segment(3)), null);
        }
        if (call.segments.size() == 3 && "dossiers".equals(call.segment(2))) {
            return new Outcome(200, dossiers.list(call.session(), call.segment(1)), null);
        }
        if (call.segments.size() == 4 && "dossiers".equals(call.segment(2))) {
            DossierVersion version = dossiers.get(call.session(), call.segment(1), call.segment(3));
            return new Outcome(200, version.document(), null, version.etag());
        }
        if (call.segments.size() == 5 && "dossiers".equals(call.segment(2)) && "status".equals(call.segment(4))) {
            return new Outcome(200, dossiers.status(call.session(), call.segment(1), call.segment(3)), null);
        }
        throw new NotFoundException("Adresse inconnue dans l'API.");
    }

    private PdfBody pdf(ApiRequest call, String campaign, String tenant) throws Exception {
        DossierVersion version = dossiers.get(call.session(), campaign, tenant);
        DossierPdf.Context context = new DossierPdf.Context(tenantName(call, tenant), campaign,
                fr.lillemetropole.bnm.api.dossier.DossierStatus.labelOf(version.status()),
                dossiers.signature(call.session(), campaign, tenant), dossiers.receipt(call.session(), campaign, tenant));
        return new PdfBody(new DossierPdf().dossier(version.document(), context),
                "dossier-" + tenant + "-" + campaign + ".pdf");
    }

    private static String tenantName(ApiRequest call, String tenant) throws Exception {
        String path = fr.lillemetropole.bnm.api.BnmPaths.tenant(tenant);
        if (!call.session().nodeExists(path)) {
            throw new NotFoundException("Aucune commune ni aucun réseau « " + tenant + " ».");
        }
        return call.session().getNode(path).getProperty("bnm:name").getString();
    }


    Outcome put(ApiRequest call) throws Exception {
        if (call.segments.size() == 4 && "campaigns".equals(call.segment(0)) && "dossiers".equals(call.segment(2))) {
            JsonNode document = call.body(JsonNode.class);
            SaveResult saved = dossiers.save(call.session(), call.segment(1), call.segment(3), document,
                    call.request.getHeader("If-Match"));
            return new Outcome(200, saved, "Le brouillon est enregistré.", saved.etag());
        }
        throw new NotFoundException("Adresse inconnue dans l'API.");
    }

    Outcome post(ApiRequest call) throws Exception {
        if (call.segments.size() == 5 && "dossiers".equals(call.segment(2))) {
            String campaign = call.segment(1);
            String tenant = call.segment(3);
            switch (call.segment(4)) {
                case "submit" -> {
                    return new Outcome(200, dossiers.submit(call.session(), campaign, tenant), "Le dossier est déposé.");
                }
                case "sign" -> {
                    return new Outcome(200, dossiers.sign(call.session(), campaign, tenant), "Le dossier est signé.");
                }
                default -> throw new NotFoundException("Adresse inconnue dans l'API.");
            }
        }
        throw new NotFoundException("Adresse inconnue dans l'API.");
    }
}
