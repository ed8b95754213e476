package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.jcr.AccessDeniedException;
import javax.jcr.Session;
import javax.servlet.Servlet;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.request.RequestParameter;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.api.ApiResponses;
import fr.lillemetropole.bnm.internal.api.StrictJson;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.dossier.form.FormBinding;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.flash.FlashWriter;

/**
 * The commune's dossier form (HTML, works without JavaScript; the page's script posts the same form
 * for autosave and reads JSON back). Actions by selector: save, library (add, remove, up, down),
 * sign, submit, import. It reads the request and answers; {@link Dossiers} does the work, in the
 * caller's session. Messages for the next page go in the flash, never in the URL.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.resourceTypes=" + DossierFormServlet.RESOURCE_TYPE,
        "sling.servlet.methods=POST",
        "sling.servlet.extensions=html",
        "sling.servlet.selectors=save",
        "sling.servlet.selectors=library",
        "sling.servlet.selectors=sign",
        "sling.servlet.selectors=submit",
        "sling.servlet.selectors=import"
})
public class DossierFormServlet extends SlingAllMethodsServlet {

    public static final String RESOURCE_TYPE = "bnm/components/dossier";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DossierFormServlet.class);

    private final transient FormBinding binding = new FormBinding(new FormFields(DossierSchema.get()));

    @Reference
    private transient Dossiers dossiers;

    @Reference
    private transient FlashWriter flash;

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        String campaign = request.getParameter("c");
        String tenant = request.getParameter("t");
        String base = request.getResource().getPath() + ".html?c=" + encode(campaign) + "&t=" + encode(tenant);
        Session session = request.getResourceResolver().adaptTo(Session.class);
        String action = request.getRequestPathInfo().getSelectorString();
        String etag = request.getParameter(":etag");
        try {
            switch (action) {
                case "save" -> save(request, response, session, campaign, tenant, base);
                case "library" -> library(request, response, session, campaign, tenant, base, etag);
                case "sign" -> {
                    dossiers.sign(session, campaign, tenant);
                    redirect(response, base, "Le dossier est validé et signé.", null);
                }
                case "submit" -> {
                    Receipt receipt = dossiers.submit(session, campaign, tenant);
                    redirect(response, base, "Dossier déposé. Attestation de dépôt : empreinte SHA-256 "
                            + receipt.sha256() + ".", null);
                }
                case "import" -> importJson(request, response, session, campaign, tenant, base);
                default -> response.sendError(404);
            }
        } catch (IncompleteException e) {
            redirect(response, base, null, "Le dossier ne peut pas être déposé : " + e.getErrors().size()
                    + " point(s) à compléter, signalés ci-dessous.");
        } catch (InvalidRequestException e) {
            redirect(response, base, null, e.getErrors().get(0).message());
        } catch (ConflictException | ForbiddenException e) {
            redirect(response, base, null, e.getMessage());
        } catch (PreconditionException e) {
            redirect(response, base, null, e.getMessage());
        } catch (NotFoundException e) {
            response.sendError(404);
        } catch (AccessDeniedException e) {
            redirect(response, base, null, "Votre compte ne peut pas modifier ce dossier.");
        } catch (Exception e) {
            LOG.error("Dossier form {} failed for {} {}", action, campaign, tenant, e);
            redirect(response, base, null, "Erreur interne : rien n'a été perdu de ce qui était déjà enregistré, "
                    + "mais la dernière modification n'a pas été prise en compte.");
        }
    }

    private void save(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String base) throws Exception {
        boolean json = String.valueOf(request.getHeader("Accept")).contains("application/json");
        ObjectNode stored = current(session, campaign, tenant);
        DossierSections.Section section = DossierSections.find(stored, String.valueOf(request.getParameter("s")));
        if (section == null) {
            response.sendError(404);
            return;
        }
        ObjectNode bound = stored;
        Map<String, String[]> params = request.getParameterMap();
        for (String part : section.parts()) {
            bound = binding.apply(bound, part, params);
        }
        String page = base + "&s=" + section.id();
        try {
            SaveResult saved = dossiers.saveDraft(session, campaign, tenant, bound, section.parts(),
                    request.getParameter(":etag"));
            if (json) {
                response.setHeader("ETag", saved.etag());
                ApiResponses.json(response, 200, saved);
                return;
            }
            long refused = saved.refused().stream().filter(error -> within(section, error.pointer())).count();
            String next = request.getParameter(":next");
            if (refused > 0) {
                redirect(response, page, null, "Enregistré, sauf " + refused + " champ(s) à corriger, signalé(s) "
                        + "ci-dessous : vos saisies y sont conservées.");
            } else {
                redirect(response, next != null && DossierSections.find(bound, next) != null ? base + "&s=" + next
                        : page, "Enregistré.", null);
            }
        } catch (PreconditionException e) {
            if (json) {
                response.setHeader("ETag", e.getCurrentEtag());
                List<FieldError> conflicts = dossiers.pending(session, campaign, tenant).stream()
                        .filter(value -> within(section, value.pointer()))
                        .map(value -> FieldError.schema(value.pointer(), value.message())).toList();
                ApiResponses.problem(response, e.getStatus(), e.getMessage(), conflicts);
                return;
            }
            redirect(response, page, null, e.getMessage());
        } catch (InvalidRequestException e) {
            if (json) {
                ApiResponses.problem(response, 400, "Requête invalide", e.getErrors());
                return;
            }
            redirect(response, page, null, e.getErrors().get(0).message());
        }
    }

    private void library(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String base, String etag) throws Exception {
        String version = etag == null || etag.isBlank() ? currentEtag(session, campaign, tenant) : etag;
        int index = parse(request.getParameter("i"));
        switch (String.valueOf(request.getParameter("op"))) {
            case "add" -> {
                dossiers.addLibrary(session, campaign, tenant, version);
                int added = current(session, campaign, tenant).path("libraries").size() - 1;
                redirect(response, base + "&s=library-" + added, "Bibliothèque ajoutée : remplissez sa page.", null);
            }
            case "remove" -> {
                dossiers.removeLibrary(session, campaign, tenant, index, version);
                redirect(response, base + "#libs", "Bibliothèque retirée du dossier.", null);
            }
            case "up", "down" -> {
                dossiers.moveLibrary(session, campaign, tenant, index, "up".equals(request.getParameter("op")) ? -1 : 1,
                        version);
                redirect(response, base + "#libs", "Ordre des bibliothèques enregistré.", null);
            }
            default -> response.sendError(400);
        }
    }

    private void importJson(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String base) throws Exception {
        RequestParameter file = request.getRequestParameter("fichier");
        if (file == null || file.getSize() == 0) {
            redirect(response, base, null, "Choisissez un fichier JSON de dossier à importer.");
            return;
        }
        JsonNode imported;
        try (InputStream in = file.getInputStream()) {
            imported = StrictJson.DEFAULT.parse(in, file.getSize());
        } catch (InvalidRequestException e) {
            redirect(response, base, null, "Ce fichier n'est pas un dossier au format JSON : "
                    + e.getErrors().get(0).message());
            return;
        } catch (IOException e) {
            redirect(response, base, null, "Ce fichier n'est pas un dossier au format JSON.");
            return;
        }
        try {
            dossiers.importDocument(session, campaign, tenant, imported);
            redirect(response, base, "Dossier importé : vérifiez chaque section.", null);
        } catch (InvalidRequestException e) {
            StringBuilder message = new StringBuilder("Import refusé, rien n'a été modifié :");
            e.getErrors().stream().limit(5).forEach(error -> message.append(' ').append(error.message()));
            redirect(response, base, null, message.toString());
        }
    }

    private void redirect(SlingHttpServletResponse response, String target, String ok, String error)
            throws IOException {
        if (ok != null) {
            flash.ok(response, ok);
        }
        if (error != null) {
            flash.error(response, error);
        }
        response.sendRedirect(target);
    }

    private ObjectNode current(Session session, String campaign, String tenant) throws Exception {
        try {
            return dossiers.get(session, campaign, tenant).document();
        } catch (NotFoundException e) {
            return dossiers.blank(campaign);
        }
    }

    private String currentEtag(Session session, String campaign, String tenant) throws Exception {
        try {
            return dossiers.get(session, campaign, tenant).etag();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static boolean within(DossierSections.Section section, String pointer) {
        return section.parts().stream().anyMatch(part -> pointer.equals(part) || pointer.startsWith(part + "/"));
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
