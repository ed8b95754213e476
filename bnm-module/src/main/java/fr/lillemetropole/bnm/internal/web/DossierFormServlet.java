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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.internal.api.ApiResponses;
import fr.lillemetropole.bnm.internal.api.StrictJson;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FormBinding;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.form.FormSections;

/**
 * The commune's dossier form (HTML, works without JavaScript; the page's script posts the same
 * form for autosave and reads JSON back). Actions by selector: save, library (add, remove, move),
 * sign, submit, import. Everything goes through {@link Dossiers} in the caller's session.
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

    private final transient FormFields fields = new FormFields(DossierSchema.get());
    private final transient FormBinding binding = new FormBinding(fields);

    @Reference
    private transient Dossiers dossiers;

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        String campaign = request.getParameter("c");
        String tenant = request.getParameter("t");
        String section = request.getParameter("s");
        String base = request.getResource().getPath() + ".html?c=" + encode(campaign) + "&t=" + encode(tenant);
        Session session = request.getResourceResolver().adaptTo(Session.class);
        boolean json = String.valueOf(request.getHeader("Accept")).contains("application/json");
        String action = request.getRequestPathInfo().getSelectorString();
        try {
            switch (action) {
                case "save" -> save(request, response, session, campaign, tenant, section, base, json);
                case "library" -> library(request, response, session, campaign, tenant, base);
                case "sign" -> {
                    dossiers.sign(session, campaign, tenant);
                    response.sendRedirect(base + "&ok=" + encode("Le dossier est validé et signé."));
                }
                case "submit" -> {
                    Receipt receipt = dossiers.submit(session, campaign, tenant);
                    response.sendRedirect(base + "&ok=" + encode("Dossier déposé. Attestation de dépôt : empreinte "
                            + receipt.sha256()));
                }
                case "import" -> importJson(request, response, session, campaign, tenant, base);
                default -> response.sendError(404);
            }
        } catch (IncompleteException e) {
            response.sendRedirect(base + "&erreur=" + encode("Le dossier ne peut pas être déposé : "
                    + e.getErrors().size() + " point(s) à compléter, signalés ci-dessous."));
        } catch (ConflictException | ForbiddenException e) {
            response.sendRedirect(base + "&erreur=" + encode(e.getMessage()));
        } catch (NotFoundException e) {
            response.sendError(404);
        } catch (AccessDeniedException e) {
            response.sendRedirect(base + "&erreur=" + encode("Votre compte ne peut pas modifier ce dossier."));
        } catch (Exception e) {
            LOG.error("Dossier form {} failed for {} {}", action, campaign, tenant, e);
            response.sendRedirect(base + "&erreur=" + encode("Erreur interne : rien n'a été perdu de ce qui était "
                    + "déjà enregistré, mais la dernière modification n'a pas été prise en compte."));
        }
    }

    private void save(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String sectionId, String base, boolean json) throws Exception {
        Current current = current(session, campaign, tenant);
        FormSections.Section section = FormSections.find(current.document, sectionId);
        if (section == null) {
            response.sendError(404);
            return;
        }
        ObjectNode bound = current.document;
        Map<String, String[]> params = request.getParameterMap();
        for (String part : section.parts()) {
            bound = binding.apply(bound, part, params);
        }
        String etag = request.getParameter(":etag");
        String page = base + "&s=" + section.id();
        try {
            SaveResult saved = dossiers.save(session, campaign, tenant, bound, etag == null || etag.isBlank() ? null : etag);
            if (json) {
                response.setHeader("ETag", saved.etag());
                ApiResponses.json(response, 200, saved);
                return;
            }
            String next = request.getParameter(":next");
            String target = next != null && FormSections.find(bound, next) != null ? base + "&s=" + next : page;
            response.sendRedirect(target + "&ok=" + encode("Enregistré."));
        } catch (InvalidRequestException e) {
            if (json) {
                ApiResponses.problem(response, 400, "Requête invalide", e.getErrors());
                return;
            }
            DossierFlash.of(campaign, tenant, section.id(), bound.toString(), e.getErrors(), null).store(request);
            response.sendRedirect(page + "&erreur=" + encode("Certains champs sont à corriger : rien n'a été "
                    + "enregistré de cette page, vos saisies sont conservées ci-dessous."));
        } catch (PreconditionException e) {
            String theirs = dossiers.get(session, campaign, tenant).document().toPrettyString();
            if (json) {
                response.setHeader("ETag", e.getCurrentEtag());
                ApiResponses.problem(response, e.getStatus(), e.getMessage(),
                        List.of(FieldError.schema("", "Version enregistrée entre-temps : " + theirs)));
                return;
            }
            DossierFlash.of(campaign, tenant, section.id(), bound.toString(), List.of(), theirs).store(request);
            response.sendRedirect(page + "&erreur=" + encode("Le dossier a été modifié par ailleurs pendant votre "
                    + "saisie : comparez les deux versions ci-dessous, puis enregistrez."));
        }
    }

    private void library(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String base) throws Exception {
        Current current = current(session, campaign, tenant);
        ArrayNode libraries = (ArrayNode) current.document.get("libraries");
        String op = String.valueOf(request.getParameter("op"));
        int index = parse(request.getParameter("i"), -1);
        String target = base;
        switch (op) {
            case "add" -> {
                libraries.add(dossiers.blank(campaign).get("libraries").get(0));
                target = base + "&s=library-" + (libraries.size() - 1);
            }
            case "remove" -> {
                if (index >= 0 && index < libraries.size() && libraries.size() > 1) {
                    libraries.remove(index);
                }
            }
            case "up", "down" -> {
                int other = "up".equals(op) ? index - 1 : index + 1;
                if (index >= 0 && other >= 0 && index < libraries.size() && other < libraries.size()) {
                    JsonNode moved = libraries.get(index);
                    libraries.set(index, libraries.get(other));
                    libraries.set(other, moved);
                }
            }
            default -> {
                response.sendError(400);
                return;
            }
        }
        dossiers.save(session, campaign, tenant, current.document, current.etag);
        response.sendRedirect(target + "&ok=" + encode("Bibliothèques enregistrées."));
    }

    private void importJson(SlingHttpServletRequest request, SlingHttpServletResponse response, Session session,
            String campaign, String tenant, String base) throws Exception {
        RequestParameter file = request.getRequestParameter("fichier");
        if (file == null || file.getSize() == 0) {
            response.sendRedirect(base + "&erreur=" + encode("Choisissez un fichier JSON de dossier à importer."));
            return;
        }
        JsonNode imported;
        try (InputStream in = file.getInputStream()) {
            imported = StrictJson.DEFAULT.parse(in, file.getSize());
        } catch (InvalidRequestException e) {
            FieldError error = e.getErrors().get(0);
            response.sendRedirect(base + "&erreur=" + encode("Ce fichier n'est pas un dossier au format JSON : "
                    + (error.pointer().isEmpty() ? "" : error.pointer() + " — ") + error.message()));
            return;
        } catch (IOException e) {
            response.sendRedirect(base + "&erreur=" + encode("Ce fichier n'est pas un dossier au format JSON."));
            return;
        }
        if (imported.isObject()) {
            ((ObjectNode) imported).put("campaign", campaign);
        }
        Current current = current(session, campaign, tenant);
        try {
            dossiers.save(session, campaign, tenant, imported, current.etag);
            response.sendRedirect(base + "&ok=" + encode("Dossier importé : vérifiez chaque section."));
        } catch (InvalidRequestException e) {
            StringBuilder message = new StringBuilder("Import refusé, rien n'a été modifié :");
            e.getErrors().stream().limit(5).forEach(error -> message.append(' ').append(error.pointer()).append(" — ")
                    .append(error.message()));
            response.sendRedirect(base + "&erreur=" + encode(message.toString()));
        }
    }

    private record Current(ObjectNode document, String etag) {
    }

    private Current current(Session session, String campaign, String tenant) throws Exception {
        try {
            DossierVersion version = dossiers.get(session, campaign, tenant);
            return new Current(version.document(), version.etag());
        } catch (NotFoundException e) {
            return new Current(dossiers.blank(campaign), null);
        }
    }

    private static int parse(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
