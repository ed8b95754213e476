package fr.lillemetropole.bnm.internal.dossier;

import java.util.Calendar;
import java.util.List;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.tenant.AuditLog;

/** {@link Workflow} in a given session: the service user's at runtime, an admin's in tests. */
public class JcrWorkflow implements Workflow {

    private final SessionSupplier sessions;

    /** Opens a session per unit of work and closes it. */
    public interface SessionSupplier {
        Session open() throws RepositoryException;

        void close(Session session);
    }

    public JcrWorkflow(SessionSupplier sessions) {
        this.sessions = sessions;
    }

    @Override
    public void create(String tenant, String campaign) throws RepositoryException {
        run(session -> {
            Node dossiers = session.getNode(BnmPaths.tenant(tenant) + "/dossiers");
            if (!dossiers.hasNode(campaign)) {
                Node dossier = dossiers.addNode(campaign, "bnm:Dossier");
                dossier.setProperty("bnm:campaign", campaign);
                dossier.setProperty("bnm:tenant", tenant);
                dossier.setProperty("bnm:createdAt", Calendar.getInstance());
                dossier.addNode("document", "bnm:DossierDocument");
            }
        });
    }

    @Override
    public void setStatus(String tenant, String campaign, String status, String actor, String receiptSha256)
            throws RepositoryException {
        run(session -> {
            Node dossier = session.getNode(path(tenant, campaign));
            dossier.setProperty("bnm:status", status);
            if (receiptSha256 != null) {
                dossier.setProperty("bnm:submittedAt", Calendar.getInstance());
                dossier.setProperty("bnm:submittedBy", actor);
                dossier.setProperty("bnm:receiptSha256", receiptSha256);
            }
        });
    }

    @Override
    public void addSignature(String tenant, String campaign, String actor, String name, String sha256)
            throws RepositoryException {
        run(session -> {
            Node dossier = session.getNode(path(tenant, campaign));
            Node signatures = dossier.hasNode("signatures") ? dossier.getNode("signatures")
                    : dossier.addNode("signatures", "bnm:EntryList");
            Node entry = signatures.addNode("s" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString()
                    .substring(0, 6), "bnm:Entry");
            entry.setProperty("bnm:at", Calendar.getInstance());
            entry.setProperty("bnm:actor", actor);
            entry.setProperty("bnm:kind", "signature");
            entry.setProperty("bnm:text", name);
            entry.setProperty("bnm:sha256", sha256);
        });
    }

    @Override
    public void journal(String tenant, String campaign, String actor, String action, List<String> changed,
            String fromStatus, String toStatus) throws RepositoryException {
        run(session -> {
            Node entry = AuditLog.append(session, tenant, actor, action, null);
            entry.setProperty("bnm:campaign", campaign);
            if (changed != null && !changed.isEmpty()) {
                entry.setProperty("bnm:changed", changed.size() > 200 ? changed.subList(0, 200).toArray(new String[0])
                        : changed.toArray(new String[0]));
            }
            if (fromStatus != null) {
                entry.setProperty("bnm:fromStatus", fromStatus);
            }
            if (toStatus != null) {
                entry.setProperty("bnm:toStatus", toStatus);
            }
        });
    }

    static String path(String tenant, String campaign) {
        return BnmPaths.tenant(tenant) + "/dossiers/" + campaign;
    }

    @FunctionalInterface
    private interface Work {
        void run(Session session) throws RepositoryException;
    }

    private void run(Work work) throws RepositoryException {
        Session session = sessions.open();
        try {
            work.run(session);
            session.save();
        } finally {
            sessions.close(session);
        }
    }
}
