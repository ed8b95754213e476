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

/** A dossier's journal, read from its tenant's append-only history. */
final class DossierRecords {

    private DossierRecords() {}

    /** The SHA-256 that the journal's latest filing entry of the campaign recorded. */
    static String lastFilingSha(Session caller, String tenant, String campaign) throws RepositoryException {
        String sha = null;
        for (NodeIterator it = caller.getNode(BnmPaths.tenant(tenant) + "/history").getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if ("dossier.submit".equals(text(entry, "bnm:action")) && campaign.equals(text(entry, "bnm:campaign"))) {
                sha = text(entry, "bnm:sha256");
            }
        }
        return sha;
    }

    static List<HistoryItem> history(Session caller, String tenant, String campaign) throws RepositoryException {
        List<HistoryItem> items = new ArrayList<>();
        Node history = caller.getNode(BnmPaths.tenant(tenant) + "/history");
        for (NodeIterator it = history.getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if (!entry.isNodeType("bnm:AuditEntry") || !entry.hasProperty("bnm:campaign")
                    || !campaign.equals(entry.getProperty("bnm:campaign").getString())) {
                continue;
            }
            List<String> changed = new ArrayList<>();
            if (entry.hasProperty("bnm:changed")) {
                for (Value v : entry.getProperty("bnm:changed").getValues()) {
                    changed.add(v.getString());
                }
            }
            items.add(new HistoryItem(entry.getProperty("bnm:at").getDate().toInstant().toString(),
                    entry.getProperty("bnm:actor").getString(), entry.getProperty("bnm:action").getString(),
                    text(entry, "bnm:fromStatus"), text(entry, "bnm:toStatus"), changed, text(entry, "bnm:comment")));
        }
        return items;
    }

    static String text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }
}
