package fr.lillemetropole.bnm.internal.dossier;

import java.util.List;

import javax.jcr.RepositoryException;

/**
 * The writes a commune account may not make itself: creating the dossier node, moving its status,
 * recording signatures and the journal. Done with the bnm-workflow service user, after the
 * caller's own session proved the caller may act on that tenant.
 */
public interface Workflow {

    /** Creates the dossier node (status draft) if missing. */
    void create(String tenant, String campaign) throws RepositoryException;

    void setStatus(String tenant, String campaign, String status, String actor, String receiptSha256)
            throws RepositoryException;

    void addSignature(String tenant, String campaign, String actor, String name, String sha256)
            throws RepositoryException;

    void journal(String tenant, String campaign, String actor, String action, List<String> changed, String fromStatus,
            String toStatus) throws RepositoryException;
}
