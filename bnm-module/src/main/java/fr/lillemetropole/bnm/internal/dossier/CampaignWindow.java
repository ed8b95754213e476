package fr.lillemetropole.bnm.internal.dossier;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.time.Clock;
import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.internal.campaign.CampaignOpening;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/**
 * When a campaign takes dossiers: new dossiers only while it is open; filing until its closing
 * date-time, or until the deadline an instructor gave one dossier when reopening it.
 */
final class CampaignWindow {

    private CampaignWindow() {}

    static void requireOpenForNewDossier(Session caller, String campaign, Clock clock) throws ConflictException,
            RepositoryException {
        String refusal = CampaignOpening.newDossierRefusal(caller.getNode(BnmPaths.campaign(campaign)), clock.instant());
        if (refusal != null) {
            throw new ConflictException("", refusal);
        }
    }

    static void requireOpenForFiling(Session caller, String campaign, Node dossier, Clock clock)
            throws ConflictException, RepositoryException {
        Node node = caller.getNode(BnmPaths.campaign(campaign));
        String status = node.hasProperty(JcrNames.STATUS) ? node.getProperty(JcrNames.STATUS).getString() : "open";
        Instant closes = closesAt(node, dossier);
        boolean ownDeadline = dossier.hasProperty(JcrNames.DEADLINE);
        if (!ownDeadline && ("closed".equals(status) || "archived".equals(status))) {
            throw new ConflictException("", "La campagne est close : le dossier ne peut plus être déposé. "
                    + "Contactez la MEL si vous avez besoin d'un délai.");
        }
        if (closes != null && clock.instant().isAfter(closes)) {
            throw new ConflictException("", (ownDeadline ? "Le délai accordé à ce dossier a pris fin le "
                    : "La campagne est close depuis le ") + FrenchDates.format(closes)
                    + " : le dossier ne peut plus être déposé. Contactez la MEL si vous avez besoin d'un délai.");
        }
    }

    /** The dossier's own deadline when it has one, else the campaign's closing date-time (null: none). */
    static Instant closesAt(Node campaign, Node dossier) throws RepositoryException {
        if (dossier != null && dossier.hasProperty(JcrNames.DEADLINE)) {
            return dossier.getProperty(JcrNames.DEADLINE).getDate().toInstant();
        }
        return campaign.hasProperty(JcrNames.CLOSES_AT) ? campaign.getProperty(JcrNames.CLOSES_AT).getDate().toInstant()
                : null;
    }
}
