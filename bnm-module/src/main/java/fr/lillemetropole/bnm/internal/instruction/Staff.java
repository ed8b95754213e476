package fr.lillemetropole.bnm.internal.instruction;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.dossier.JcrWorkflow;

/** Who the caller is for the instruction, asked of its own session. */
final class Staff {

    private Staff() {}

    static void requireInstructor(Session caller) throws ForbiddenException, RepositoryException {
        if (!Roles.callerIn(caller, BnmPaths.GROUP_INSTRUCTORS)) {
            throw new ForbiddenException("Réservé aux instructeurs de la MEL.");
        }
    }

    /** Instructors, and MEL admins who read the instruction. */
    static void requireStaff(Session caller) throws ForbiddenException, RepositoryException {
        if (!Roles.callerIn(caller, BnmPaths.GROUP_INSTRUCTORS) && !Roles.callerIn(caller, BnmPaths.GROUP_ADMINS)) {
            throw new ForbiddenException("Réservé aux instructeurs et aux administrateurs de la MEL.");
        }
    }

    static void requireCampaign(Session caller, String campaign) throws NotFoundException, RepositoryException {
        if (campaign == null || campaign.contains("/") || !caller.nodeExists(BnmPaths.campaign(campaign))) {
            throw new NotFoundException("Aucune campagne « " + campaign + " ».");
        }
    }

    /** The dossier as the caller may read it: absent or unreadable, 404. */
    static Node dossier(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        requireCampaign(caller, campaign);
        if (tenant == null || tenant.contains("/") || !caller.nodeExists(JcrWorkflow.path(tenant, campaign))) {
            throw new NotFoundException("Aucun dossier de « " + tenant + " » pour la campagne « " + campaign + " ».");
        }
        return caller.getNode(JcrWorkflow.path(tenant, campaign));
    }
}
