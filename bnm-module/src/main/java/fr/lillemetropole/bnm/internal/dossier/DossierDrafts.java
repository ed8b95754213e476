package fr.lillemetropole.bnm.internal.dossier;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.PendingValue;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.api.dossier.SectionReport;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * Drafts: the API's whole-document save, the form's save of one page (every acceptable value
 * stored, refused ones kept as typed), library add/remove/reorder and JSON import. The caller's
 * session proves its right; the bnm-workflow service writes the change and its journal entry.
 */
final class DossierDrafts {

    private final DossiersImpl dossiers;
    private final java.util.function.Supplier<ServiceSessions> services;
    private final SchemaValidator validator;
    private final Normalizer normalizer;
    private final DossierJcr mapping;
    private final LenientDraft lenient;

    DossierDrafts(DossiersImpl dossiers, java.util.function.Supplier<ServiceSessions> services, SchemaValidator validator, Normalizer normalizer,
            DossierJcr mapping) {
        this.dossiers = dossiers;
        this.services = services;
        this.validator = validator;
        this.normalizer = normalizer;
        this.mapping = mapping;
        this.lenient = new LenientDraft(validator);
    }

    /** The API's save: the whole document must be valid; pending form input is dropped. */
    SaveResult save(Session caller, String campaign, String tenant, JsonNode document, String ifMatch)
            throws InvalidRequestException, PreconditionException, ConflictException, NotFoundException,
            ForbiddenException, RepositoryException {
        requireWriter(caller, campaign, tenant);
        checkShape(document, campaign, true);
        return write(caller, campaign, tenant, normalizer.normalize(document), ifMatch, "dossier.save",
                pending -> PendingInput.empty());
    }

    /** The form's save of the parts {@code scope}: see {@link LenientDraft}. */
    SaveResult saveDraft(Session caller, String campaign, String tenant, ObjectNode document, List<String> scope,
            String ifMatch) throws InvalidRequestException, PreconditionException, ConflictException,
            NotFoundException, ForbiddenException, RepositoryException {
        requireWriter(caller, campaign, tenant);
        checkShape(document, campaign, false);
        ObjectNode stored = storedOrBlank(caller, campaign, tenant);
        String current = currentEtag(caller, campaign, tenant);
        if (current != null && (ifMatch == null || !current.equals(ifMatch.strip()))) {
            keepConflicts(caller, campaign, tenant, stored, document, scope);
        }
        LenientDraft.Outcome outcome = lenient.apply(document, stored);
        return write(caller, campaign, tenant, normalizer.normalize(outcome.document()), ifMatch, "dossier.save",
                pending -> pending.replace(scope, outcome.refused()));
    }

    SaveResult addLibrary(Session caller, String campaign, String tenant, String ifMatch) throws Exception {
        requireWriter(caller, campaign, tenant);
        ObjectNode document = storedOrBlank(caller, campaign, tenant);
        ((ArrayNode) document.get("libraries")).add(dossiers.blankLibrary(campaign));
        return write(caller, campaign, tenant, document, ifMatch, "dossier.library.add", UnaryOperator.identity());
    }

    SaveResult removeLibrary(Session caller, String campaign, String tenant, int index, String ifMatch)
            throws Exception {
        requireWriter(caller, campaign, tenant);
        ObjectNode document = storedOrBlank(caller, campaign, tenant);
        ArrayNode libraries = (ArrayNode) document.get("libraries");
        if (index < 0 || index >= libraries.size() || libraries.size() == 1) {
            throw new InvalidRequestException(FieldError.schema("/libraries", libraries.size() == 1
                    ? "Le dossier garde au moins une bibliothèque." : "Cette bibliothèque n'est pas dans le dossier."));
        }
        libraries.remove(index);
        return write(caller, campaign, tenant, document, ifMatch, "dossier.library.remove",
                pending -> pending.removeLibrary(index));
    }

    SaveResult moveLibrary(Session caller, String campaign, String tenant, int index, int offset, String ifMatch)
            throws Exception {
        requireWriter(caller, campaign, tenant);
        ObjectNode document = storedOrBlank(caller, campaign, tenant);
        ArrayNode libraries = (ArrayNode) document.get("libraries");
        int other = index + offset;
        if (index < 0 || other < 0 || index >= libraries.size() || other >= libraries.size()) {
            throw new InvalidRequestException(FieldError.schema("/libraries",
                    "Cette bibliothèque ne peut pas être déplacée plus loin."));
        }
        JsonNode moved = libraries.get(index);
        libraries.set(index, libraries.get(other));
        libraries.set(other, moved);
        return write(caller, campaign, tenant, document, ifMatch, "dossier.library.move",
                pending -> pending.swapLibraries(index, other));
    }

    /** Replaces the draft by an imported document (strict: nothing changes if it is refused). */
    SaveResult importDocument(Session caller, String campaign, String tenant, JsonNode imported) throws Exception {
        requireWriter(caller, campaign, tenant);
        if (imported != null && imported.isObject()) {
            ((ObjectNode) imported).put("campaign", campaign);
        }
        checkShape(imported, campaign, true);
        return write(caller, campaign, tenant, normalizer.normalize(imported), currentEtag(caller, campaign, tenant),
                "dossier.import", pending -> PendingInput.empty());
    }

    List<PendingValue> pending(Session caller, String campaign, String tenant) throws RepositoryException {
        String path = JcrWorkflow.path(tenant, campaign);
        if (!caller.nodeExists(path) || !caller.getNode(path).hasProperty(JcrNames.PENDING)) {
            return List.of();
        }
        return PendingInput.parse(caller.getNode(path).getProperty(JcrNames.PENDING).getString()).values();
    }

    private SaveResult write(Session caller, String campaign, String tenant, ObjectNode normal, String ifMatch,
            String action, UnaryOperator<PendingInput> pendingUpdate) throws PreconditionException,
            ConflictException, RepositoryException {
        String path = JcrWorkflow.path(tenant, campaign);
        try (ServiceSessions.Handle handle = services.get().open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            boolean created = !session.nodeExists(path);
            if (!created) {
                Node existing = session.getNode(path);
                checkVersion(existing, ifMatch);
                DossierAccess.requireEditable(existing);
            }
            if (created) {
                CampaignWindow.requireOpenForNewDossier(caller, campaign, java.time.Clock.systemUTC());
            }
            Node dossier = JcrWorkflow.dossier(session, tenant, campaign);
            if (created) {
                dossier.setProperty(JcrNames.TENANT_NAME, session.getNode(fr.lillemetropole.bnm.api.BnmPaths.tenant(tenant))
                        .getProperty(JcrNames.NAME).getString());
            }
            PendingInput before = PendingInput.parse(dossier.hasProperty(JcrNames.PENDING)
                    ? dossier.getProperty(JcrNames.PENDING).getString() : null);
            PendingInput pending = pendingUpdate.apply(before);
            List<String> changed = mapping.write(dossier.getNode("document"), normal);
            Map<String, SectionReport> completeness = dossiers.report(normal, pending);
            if (created || !changed.isEmpty()) {
                if (!changed.isEmpty()) {
                    dossier.setProperty(JcrNames.REVISION, dossier.getProperty(JcrNames.REVISION).getLong() + 1);
                }
                dossier.setProperty(JcrNames.UPDATED_AT, Calendar.getInstance());
                dossier.setProperty(JcrNames.UPDATED_BY, caller.getUserID());
                JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), action, changed, null, null);
            }
            dossier.setProperty(JcrNames.COMPLETENESS, Completeness.percent(completeness));
            dossier.setProperty(JcrNames.PENDING, pending.isEmpty() ? null : pending.serialize());
            try {
                session.save();
            } catch (InvalidItemStateException e) {
                session.refresh(false);
                throw new PreconditionException(412, session.nodeExists(path) ? DossiersImpl.etag(session.getNode(path))
                        : null, "Le dossier a été modifié entre-temps : rechargez-le avant d'enregistrer.");
            }
            SaveResult result = new SaveResult(DossiersImpl.etag(dossier), dossier.getProperty(JcrNames.STATUS).getString(),
                    completeness, pending.errors());
            session.refresh(false);
            caller.refresh(false);
            return result;
        }
    }

    /**
     * The page was saved from an older version: each field of the page that differs from the stored
     * one is kept as typed, with the stored value in its message, and nothing else changes.
     */
    private void keepConflicts(Session caller, String campaign, String tenant, ObjectNode stored, ObjectNode mine,
            List<String> scope) throws PreconditionException, ConflictException, RepositoryException {
        List<PendingValue> conflicts = new ArrayList<>();
        for (String part : scope) {
            FieldDiff.leaves(stored.at(part), mine.at(part), part, (pointer, theirs, typed) -> conflicts.add(
                    new PendingValue(pointer, typed, Messages.conflict(pointer, theirs))));
        }
        String path = JcrWorkflow.path(tenant, campaign);
        String current;
        try (ServiceSessions.Handle handle = services.get().open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(path);
            DossierAccess.requireEditable(dossier);
            PendingInput before = PendingInput.parse(dossier.hasProperty(JcrNames.PENDING)
                    ? dossier.getProperty(JcrNames.PENDING).getString() : null);
            PendingInput pending = before.replace(scope, conflicts);
            dossier.setProperty(JcrNames.PENDING, pending.isEmpty() ? null : pending.serialize());
            current = DossiersImpl.etag(dossier);
            try {
                session.save();
            } catch (InvalidItemStateException e) {
                session.refresh(false);
            }
        }
        caller.refresh(false);
        throw new PreconditionException(412, current, "Le dossier a été modifié par ailleurs pendant votre saisie : "
                + "les champs concernés sont signalés, vérifiez-les puis enregistrez.");
    }

    private static void checkVersion(Node existing, String ifMatch) throws PreconditionException, RepositoryException {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionException(428, DossiersImpl.etag(existing), "Le dossier existe : envoyez l'en-tête "
                    + "If-Match avec sa version (ETag) pour ne rien écraser.");
        }
        if (!ifMatch.strip().equals(DossiersImpl.etag(existing))) {
            throw new PreconditionException(412, DossiersImpl.etag(existing), "Le dossier a été modifié entre-temps "
                    + "(par un autre onglet ou un collègue) : rechargez-le avant d'enregistrer.");
        }
    }

    private void requireWriter(Session caller, String campaign, String tenant) throws NotFoundException,
            ForbiddenException, RepositoryException {
        DossierAccess.requireCampaign(caller, campaign);
        DossierAccess.requireTenant(caller, tenant);
        DossierAccess.requireMember(caller, tenant, "Seuls les comptes de la commune modifient son dossier.");
    }

    private ObjectNode storedOrBlank(Session caller, String campaign, String tenant) throws RepositoryException {
        String path = JcrWorkflow.path(tenant, campaign);
        return caller.nodeExists(path) ? dossiers.read(caller.getNode(path)) : dossiers.blank(campaign);
    }

    private static String currentEtag(Session caller, String campaign, String tenant) throws RepositoryException {
        String path = JcrWorkflow.path(tenant, campaign);
        return caller.nodeExists(path) ? DossiersImpl.etag(caller.getNode(path)) : null;
    }

    /** A document, of this campaign; {@code strict}: and valid as a whole. */
    private void checkShape(JsonNode document, String campaign, boolean strict) throws InvalidRequestException {
        if (document == null || !document.isObject()) {
            throw new InvalidRequestException(FieldError.schema("", "Le dossier doit être un objet JSON."));
        }
        List<FieldError> errors = new ArrayList<>(strict ? validator.validate(document) : List.of());
        if (document.path("campaign").isTextual() && !campaign.equals(document.path("campaign").asText())) {
            errors.add(FieldError.schema("/campaign", "Ce dossier appartient à la campagne « "
                    + document.path("campaign").asText() + " », pas à « " + campaign + " »."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
