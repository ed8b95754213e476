package fr.lillemetropole.bnm.internal.campaign;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.campaign.CampaignStatus;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/**
 * The one definition of « a campaign takes new dossiers » (the dossier service refuses a new dossier with its
 * message, the campaigns page shows it) and of « the campaign shown by default » (the latest year the caller reads).
 */
public final class CampaignOpening {

    private CampaignOpening() {}

    /** Null when the campaign takes new dossiers at {@code now}: status open, opened, not closed; else why not. */
    public static String newDossierRefusal(Node campaign, Instant now) throws RepositoryException {
        String status = campaign.hasProperty(JcrNames.STATUS) ? campaign.getProperty(JcrNames.STATUS).getString()
                : CampaignStatus.OPEN.code();
        if (!CampaignStatus.OPEN.code().equals(status) || campaign.hasProperty(JcrNames.OPENS_AT)
                && now.isBefore(campaign.getProperty(JcrNames.OPENS_AT).getDate().toInstant())) {
            return "La campagne n'est pas ouverte : un dossier ne peut pas y être commencé.";
        }
        if (campaign.hasProperty(JcrNames.CLOSES_AT)) {
            Instant closes = campaign.getProperty(JcrNames.CLOSES_AT).getDate().toInstant();
            if (now.isAfter(closes)) {
                return "La campagne est close depuis le " + FrenchDates.format(closes)
                        + " : un dossier ne peut plus y être commencé.";
            }
        }
        return null;
    }

    /** The campaign of the latest year the session reads (null: none), shown when a page names none. */
    public static String latest(Session session) throws RepositoryException {
        String latest = null;
        long year = Long.MIN_VALUE;
        if (session.nodeExists(BnmPaths.CAMPAIGNS)) {
            for (NodeIterator it = session.getNode(BnmPaths.CAMPAIGNS).getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                long nodeYear = node.hasProperty(JcrNames.YEAR) ? node.getProperty(JcrNames.YEAR).getLong() : 0;
                if (node.isNodeType(JcrNames.CAMPAIGN_TYPE) && nodeYear > year) {
                    year = nodeYear;
                    latest = node.getName();
                }
            }
        }
        return latest;
    }
}
