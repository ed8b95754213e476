package fr.lillemetropole.bnm.internal.dossier;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.ReceiptCheck;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * Filing: the elected official's signature, the filing with its SHA-256 receipt, and the check that
 * a filed dossier is still the one its receipt names. Written by the bnm-workflow service user once
 * the caller's session proved its right.
 */
final class DossierFiling {

    private final DossiersImpl dossiers;
    private final Supplier<ServiceSessions> services;
    private final Supplier<DossierEvents> events;
    private final java.time.Clock clock;

    DossierFiling(DossiersImpl dossiers, Supplier<ServiceSessions> services, Supplier<DossierEvents> events,
            java.time.Clock clock) {
        this.dossiers = dossiers;
        this.services = services;
        this.events = events;
        this.clock = clock;
    }

    Signature sign(Session caller, String campaign, String tenant)
            throws ForbiddenException, ConflictException, NotFoundException, RepositoryException {
        DossierAccess.dossier(caller, campaign, tenant);
        if (!fr.lillemetropole.bnm.internal.account.Roles.callerIn(caller, BnmPaths.tenantGroup(tenant,
                TenantRole.ELECTED))) {
            throw new ForbiddenException("Seul l'élu référent de la commune valide et signe le dossier.");
        }
        String name = Profiles.displayName(caller);
        try (ServiceSessions.Handle handle = services.get().open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(JcrWorkflow.path(tenant, campaign));
            DossierAccess.requireEditable(dossier);
            String sha = CanonicalJson.sha256(dossiers.read(dossier));
            JcrWorkflow.addSignature(dossier, caller.getUserID(), name, sha);
            JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.sign", List.of(), null, null)
                    .setProperty(JcrNames.SHA256, sha);
            saveOrConflict(session);
            caller.refresh(false);
            return new Signature(caller.getUserID(), name, Instant.now().toString(), sha, true);
        }
    }

    Receipt submit(Session caller, String campaign, String tenant) throws IncompleteException, ConflictException,
            ForbiddenException, NotFoundException, RepositoryException {
        DossierAccess.dossier(caller, campaign, tenant);
        DossierAccess.requireMember(caller, tenant, "Seuls les comptes de la commune déposent son dossier.");
        try (ServiceSessions.Handle handle = services.get().open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(JcrWorkflow.path(tenant, campaign));
            DossierAccess.requireEditable(dossier);
            CampaignWindow.requireOpenForFiling(caller, campaign, dossier, clock);
            ObjectNode normal = dossiers.read(dossier);
            List<FieldError> errors = dossiers.errors(normal, dossiers.pendingOf(dossier));
            String sha = CanonicalJson.sha256(normal);
            if ("signature".equals(normal.path("validation").path("mode").asText())) {
                Signature signature = signature(dossier, sha);
                if (signature == null || !signature.valid()) {
                    errors.add(new FieldError("R9", "/validation/mode", signature == null
                            ? "Le dossier doit être validé et signé par l'élu référent avant le dépôt."
                            : "Le dossier a changé depuis la signature de l'élu référent : faites-le signer à nouveau."));
                }
            }
            if (!errors.isEmpty()) {
                throw new IncompleteException(errors);
            }
            String from = dossier.getProperty(JcrNames.STATUS).getString();
            String name = Profiles.displayName(caller);
            JcrWorkflow.setStatus(dossier, DossierStatus.SUBMITTED.code(), caller.getUserID(), sha);
            dossier.setProperty(JcrNames.SUBMITTED_BY_NAME, name);
            dossier.setProperty(JcrNames.STATUS_CHANGED_AT, java.util.Calendar.getInstance());
            JcrWorkflow.addFiling(dossier, caller.getUserID(), name, sha, CanonicalJson.canonical(normal));
            JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.submit", List.of(), from,
                    DossierStatus.SUBMITTED.code()).setProperty(JcrNames.SHA256, sha);
            saveOrConflict(session);
            caller.refresh(false);
            events.get().fire(tenant, campaign, DossierEventListener.Event.FILED, null, sha);
            return new Receipt(tenant, campaign, dossier.getProperty(JcrNames.SUBMITTED_AT).getDate().toInstant().toString(),
                    caller.getUserID(), name, sha);
        }
    }

    ReceiptCheck verify(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        Node dossier = DossierAccess.dossier(caller, campaign, tenant);
        if (!dossier.hasProperty(JcrNames.RECEIPT_SHA256)
                || DossierStatus.of(dossier.getProperty(JcrNames.STATUS).getString()).editable()) {
            throw new NotFoundException("Le dossier n'est pas déposé : il n'a pas d'attestation de dépôt à vérifier.");
        }
        String receipt = dossier.getProperty(JcrNames.RECEIPT_SHA256).getString();
        String computed = CanonicalJson.sha256(dossiers.read(dossier));
        String journal = DossierRecords.lastFilingSha(caller, tenant, campaign);
        boolean intact = receipt.equals(computed) && receipt.equals(journal);
        String message = intact
                ? "Le dossier déposé est intact : son empreinte SHA-256 est celle de l'attestation de dépôt."
                : journal == null || !receipt.equals(journal)
                        ? "Alerte : l'attestation enregistrée ne correspond pas à celle du journal du dépôt."
                        : "Alerte : le contenu du dossier a changé depuis son dépôt (son empreinte SHA-256 ne "
                                + "correspond plus à l'attestation).";
        return new ReceiptCheck(tenant, campaign, dossier.getProperty(JcrNames.SUBMITTED_AT).getDate().toInstant()
                .toString(), dossier.getProperty(JcrNames.SUBMITTED_BY).getString(), receipt, journal, computed, intact,
                message);
    }

    Signature signature(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        Node dossier = DossierAccess.dossier(caller, campaign, tenant);
        return signature(dossier, CanonicalJson.sha256(dossiers.read(dossier)));
    }

    Receipt receipt(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        Node dossier = DossierAccess.dossier(caller, campaign, tenant);
        if (!dossier.hasProperty(JcrNames.RECEIPT_SHA256)) {
            return null;
        }
        String login = dossier.getProperty(JcrNames.SUBMITTED_BY).getString();
        return new Receipt(tenant, campaign,
                dossier.getProperty(JcrNames.SUBMITTED_AT).getDate().toInstant().toString(), login,
                dossier.hasProperty(JcrNames.SUBMITTED_BY_NAME)
                        ? dossier.getProperty(JcrNames.SUBMITTED_BY_NAME).getString() : login,
                dossier.getProperty(JcrNames.RECEIPT_SHA256).getString());
    }

    /** The latest signature, valid when it signed the current version. */
    public Signature signature(Node dossier, String currentSha) throws RepositoryException {
        if (!dossier.hasNode("signatures")) {
            return null;
        }
        Node last = null;
        for (NodeIterator it = dossier.getNode("signatures").getNodes(); it.hasNext();) {
            last = it.nextNode();
        }
        if (last == null) {
            return null;
        }
        String sha = last.getProperty(JcrNames.SHA256).getString();
        return new Signature(last.getProperty(JcrNames.ACTOR).getString(), last.getProperty(JcrNames.TEXT).getString(),
                last.getProperty(JcrNames.AT).getDate().toInstant().toString(), sha, sha.equals(currentSha));
    }

    private static void saveOrConflict(Session session) throws ConflictException, RepositoryException {
        try {
            session.save();
        } catch (InvalidItemStateException e) {
            session.refresh(false);
            throw new ConflictException("", "Le dossier a été modifié au même moment : réessayez.");
        }
    }
}
