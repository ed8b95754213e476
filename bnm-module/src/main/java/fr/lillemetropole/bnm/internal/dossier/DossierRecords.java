package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.dossier.HistoryItem;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** A dossier's journal, read from its tenant's append-only history. */
final class DossierRecords {

    private DossierRecords() {}

    /** The SHA-256 that the journal's latest filing entry of the campaign recorded. */
    static String lastFilingSha(Session caller, String tenant, String campaign) throws RepositoryException {
        String sha = null;
        for (NodeIterator it = caller.getNode(BnmPaths.tenant(tenant) + "/history").getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if ("dossier.submit".equals(text(entry, JcrNames.ACTION))
                    && campaign.equals(text(entry, JcrNames.CAMPAIGN))) {
                sha = text(entry, JcrNames.SHA256);
            }
        }
        return sha;
    }

    static List<HistoryItem> history(Session caller, String tenant, String campaign) throws RepositoryException {
        List<HistoryItem> items = new ArrayList<>();
        Node history = caller.getNode(BnmPaths.tenant(tenant) + "/history");
        for (NodeIterator it = history.getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if (!entry.isNodeType(JcrNames.AUDIT_ENTRY_TYPE) || !entry.hasProperty(JcrNames.CAMPAIGN)
                    || !campaign.equals(entry.getProperty(JcrNames.CAMPAIGN).getString())) {
                continue;
            }
            List<String> changed = new ArrayList<>();
            if (entry.hasProperty(JcrNames.CHANGED)) {
                for (Value v : entry.getProperty(JcrNames.CHANGED).getValues()) {
                    changed.add(v.getString());
                }
            }
            items.add(new HistoryItem(entry.getProperty(JcrNames.AT).getDate().toInstant().toString(),
                    entry.getProperty(JcrNames.ACTOR).getString(), entry.getProperty(JcrNames.ACTION).getString(),
                    text(entry, JcrNames.FROM_STATUS), text(entry, JcrNames.TO_STATUS), changed,
                    text(entry, JcrNames.COMMENT)));
        }
        return items;
    }

    static String text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }
}
