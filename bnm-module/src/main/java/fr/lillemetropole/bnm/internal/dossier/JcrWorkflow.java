package fr.lillemetropole.bnm.internal.dossier;

import java.util.Calendar;
import java.util.List;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.tenant.AuditLog;

/**
 * The writes of a dossier's life, in the bnm-workflow service user's session (an admin's in
 * some tests): the caller saves, so that a change and its journal entry are one commit.
 */
public final class JcrWorkflow {

    private JcrWorkflow() {}

    /** The dossier node (status draft, revision 0), created if missing. */
    static Node dossier(Session session, String tenant, String campaign) throws RepositoryException {
        Node dossiers = session.getNode(BnmPaths.tenant(tenant) + "/dossiers");
        if (dossiers.hasNode(campaign)) {
            return dossiers.getNode(campaign);
        }
        Node dossier = dossiers.addNode(campaign, JcrNames.DOSSIER_TYPE);
        dossier.setProperty(JcrNames.CAMPAIGN, campaign);
        dossier.setProperty(JcrNames.TENANT, tenant);
        dossier.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        dossier.setProperty(JcrNames.CREATED_BY, session.getUserID());
        dossier.addNode("document", JcrNames.DOSSIER_DOCUMENT_TYPE);
        return dossier;
    }

    public static void setStatus(Node dossier, String status, String actor, String receiptSha256) throws RepositoryException {
        dossier.setProperty(JcrNames.STATUS, status);
        if (receiptSha256 != null) {
            dossier.setProperty(JcrNames.SUBMITTED_AT, Calendar.getInstance());
            dossier.setProperty(JcrNames.SUBMITTED_BY, actor);
            dossier.setProperty(JcrNames.RECEIPT_SHA256, receiptSha256);
        }
    }

    static void addSignature(Node dossier, String actor, String name, String sha256) throws RepositoryException {
        Node signatures = dossier.hasNode("signatures") ? dossier.getNode("signatures")
                : dossier.addNode("signatures", JcrNames.ENTRY_LIST_TYPE);
        Node entry = signatures.addNode("s" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString()
                .substring(0, 6), JcrNames.ENTRY_TYPE);
        entry.setProperty(JcrNames.AT, Calendar.getInstance());
        entry.setProperty(JcrNames.ACTOR, actor);
        entry.setProperty(JcrNames.KIND, "signature");
        entry.setProperty(JcrNames.TEXT, name);
        entry.setProperty(JcrNames.SHA256, sha256);
    }

    /** Keeps the filed version (canonical JSON) with its receipt: a returned dossier's earlier filing stays readable. */
    static void addFiling(Node dossier, String actor, String name, String sha256, String document)
            throws RepositoryException {
        Node filings = dossier.hasNode("filings") ? dossier.getNode("filings") : dossier.addNode("filings", JcrNames.ENTRY_LIST_TYPE);
        int count = 0;
        for (javax.jcr.NodeIterator it = filings.getNodes(); it.hasNext(); it.nextNode()) {
            count++;
        }
        Node entry = filings.addNode("f" + (count + 1), JcrNames.ENTRY_TYPE);
        entry.setProperty(JcrNames.AT, Calendar.getInstance());
        entry.setProperty(JcrNames.ACTOR, actor);
        entry.setProperty(JcrNames.KIND, "filing");
        entry.setProperty(JcrNames.TEXT, name);
        entry.setProperty(JcrNames.SHA256, sha256);
        entry.setProperty(JcrNames.DOCUMENT, document);
    }

    /** Adds a dated, signed entry (a message to the commune) under {@code list}. */
    public static Node addEntry(Node parent, String list, String kind, String actor, String name, String text)
            throws RepositoryException {
        Node entries = parent.hasNode(list) ? parent.getNode(list) : parent.addNode(list, JcrNames.ENTRY_LIST_TYPE);
        Node entry = entries.addNode(kind.charAt(0) + Long.toString(System.currentTimeMillis(), 36) + "-"
                + UUID.randomUUID().toString().substring(0, 6), JcrNames.ENTRY_TYPE);
        entry.setProperty(JcrNames.AT, Calendar.getInstance());
        entry.setProperty(JcrNames.ACTOR, actor);
        entry.setProperty(JcrNames.KIND, kind);
        entry.setProperty(JcrNames.TEXT, text);
        entry.setProperty(JcrNames.ACTOR_NAME, name);
        return entry;
    }

    /** Appends a journal entry for the dossier's campaign (the history only grows: see the repoinit). */
    public static Node journal(Session session, String tenant, String campaign, String actor, String action,
            List<String> changed, String fromStatus, String toStatus) throws RepositoryException {
        Node entry = AuditLog.append(session, tenant, actor, action, null);
        entry.setProperty(JcrNames.CAMPAIGN, campaign);
        if (changed != null && !changed.isEmpty()) {
            entry.setProperty(JcrNames.CHANGED, changed.size() > 200 ? changed.subList(0, 200).toArray(new String[0])
                    : changed.toArray(new String[0]));
        }
        if (fromStatus != null) {
            entry.setProperty(JcrNames.FROM_STATUS, fromStatus);
        }
        if (toStatus != null) {
            entry.setProperty(JcrNames.TO_STATUS, toStatus);
        }
        return entry;
    }

    public static String path(String tenant, String campaign) {
        return BnmPaths.tenant(tenant) + "/dossiers/" + campaign;
    }
}
