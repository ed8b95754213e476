package fr.lillemetropole.bnm.internal.dossier;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * Who may see and act on a dossier, asked of the caller's own session: what it cannot read does
 * not exist for it (404), and only the tenant's own accounts act on an editable dossier.
 */
final class DossierAccess {

    private DossierAccess() {}

    static void requireEditable(Node dossier) throws ConflictException, RepositoryException {
        DossierStatus status = DossierStatus.of(dossier.getProperty(JcrNames.STATUS).getString());
        if (!status.editable()) {
            throw new ConflictException("", "Le dossier est déposé : il ne peut plus être modifié, sauf s'il vous est "
                    + "renvoyé pour correction.");
        }
    }

    static void requireCampaign(Session caller, String campaign) throws NotFoundException, RepositoryException {
        if (campaign == null || campaign.contains("/") || !caller.nodeExists(BnmPaths.campaign(campaign))) {
            throw new NotFoundException("Aucune campagne « " + campaign + " ».");
        }
    }

    static void requireTenant(Session caller, String tenant) throws NotFoundException, RepositoryException {
        if (tenant == null || tenant.contains("/") || !caller.nodeExists(BnmPaths.tenant(tenant))) {
            throw new NotFoundException("Aucune commune ni aucun réseau « " + tenant + " ».");
        }
    }

    static Node dossier(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        requireCampaign(caller, campaign);
        requireTenant(caller, tenant);
        String path = JcrWorkflow.path(tenant, campaign);
        if (!caller.nodeExists(path)) {
            throw new NotFoundException("Aucun dossier de « " + tenant + " » pour la campagne « " + campaign + " ».");
        }
        return caller.getNode(path);
    }

    /** Agents and elected officials of the tenant change and file its dossier; MEL staff never do. */
    static boolean isMember(Session caller, String tenant) throws RepositoryException {
        for (TenantRole role : TenantRole.values()) {
            if (fr.lillemetropole.bnm.internal.account.Roles.callerIn(caller, BnmPaths.tenantGroup(tenant, role))) {
                return true;
            }
        }
        return false;
    }

    static void requireMember(Session caller, String tenant, String message)
            throws ForbiddenException, RepositoryException {
        if (!isMember(caller, tenant)) {
            throw new ForbiddenException(message);
        }
    }

}
