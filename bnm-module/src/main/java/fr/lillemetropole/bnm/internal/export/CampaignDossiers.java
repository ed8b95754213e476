package fr.lillemetropole.bnm.internal.export;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.dossier.DossierJcr;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * The dossiers of a campaign, one at a time, as the caller's own session reads them: one indexed query
 * (campaign, bind variable), each dossier read from its node and handed to a visitor, never all kept.
 * Only MEL instructors and admins export; the repository then shows each of them what its ACLs admit.
 */
public final class CampaignDossiers {

    private static final String QUERY = "SELECT * FROM [" + JcrNames.DOSSIER_TYPE + "] AS d WHERE d.["
            + JcrNames.CAMPAIGN + "] = $campaign";
    private static final DossierJcr MAPPING = new DossierJcr(DossierSchema.get());

    private CampaignDossiers() {}

    /** One dossier: its tenant, status, receipt (null until filed) and document in normal form. */
    public record Dossier(String tenant, String tenantName, String kind, String status, Receipt receipt,
            ObjectNode document) {

        public boolean filed() {
            return receipt != null;
        }
    }

    @FunctionalInterface
    public interface Visitor {
        void visit(Dossier dossier) throws Exception;
    }

    /** 403 unless the caller is a MEL instructor or admin; 404 when the campaign does not exist. */
    public static void requireStaff(Session caller, String campaign) throws ForbiddenException, NotFoundException,
            RepositoryException {
        if (!Roles.callerIn(caller, BnmPaths.GROUP_INSTRUCTORS) && !Roles.callerIn(caller, BnmPaths.GROUP_ADMINS)) {
            throw new ForbiddenException("Les exports et les chiffres de la campagne sont réservés aux instructeurs "
                    + "et aux administrateurs de la MEL.");
        }
        if (campaign == null || campaign.isEmpty() || campaign.contains("/")
                || !caller.nodeExists(BnmPaths.campaign(campaign))) {
            throw new NotFoundException("Aucune campagne « " + campaign + " ».");
        }
    }

    /** Every dossier of the campaign the caller reads (only the filed ones when {@code filedOnly}). */
    public static void forEach(Session caller, String campaign, boolean filedOnly, Visitor visitor) throws Exception {
        Query query = caller.getWorkspace().getQueryManager().createQuery(QUERY, Query.JCR_SQL2);
        query.bindValue("campaign", caller.getValueFactory().createValue(campaign));
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node node = nodes.nextNode();
            Receipt receipt = receipt(node, campaign);
            if ((!filedOnly || receipt != null) && node.hasNode("document")) {
                visitor.visit(dossier(node, receipt));
            }
        }
    }

    private static Dossier dossier(Node node, Receipt receipt) throws RepositoryException {
        Node tenant = node.getParent().getParent();
        String name = text(node, JcrNames.TENANT_NAME, text(tenant, JcrNames.NAME, tenant.getName()));
        return new Dossier(tenant.getName(), name, text(tenant, JcrNames.KIND, "commune"),
                node.getProperty(JcrNames.STATUS).getString(), receipt, MAPPING.read(node.getNode("document")));
    }

    private static Receipt receipt(Node dossier, String campaign) throws RepositoryException {
        if (!dossier.hasProperty(JcrNames.RECEIPT_SHA256)) {
            return null;
        }
        String login = dossier.getProperty(JcrNames.SUBMITTED_BY).getString();
        return new Receipt(dossier.getParent().getParent().getName(), campaign,
                dossier.getProperty(JcrNames.SUBMITTED_AT).getDate().toInstant().toString(), login,
                text(dossier, JcrNames.SUBMITTED_BY_NAME, login), dossier.getProperty(JcrNames.RECEIPT_SHA256)
                        .getString());
    }

    private static String text(Node node, String property, String fallback) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : fallback;
    }
}
