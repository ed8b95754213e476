package fr.lillemetropole.bnm.internal.tenant;

import java.util.Calendar;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** Appends an entry to a tenant area's history (who, when, what). The caller saves. */
public final class AuditLog {

    private AuditLog() {}

    public static Node append(Session session, String slug, String action, String comment) throws RepositoryException {
        return append(session, slug, null, action, comment);
    }

    /** An entry on behalf of {@code actor} (the portal's workflow writes for the account that acted). */
    public static Node append(Session session, String slug, String actor, String action, String comment)
            throws RepositoryException {
        Node history = session.getNode(BnmPaths.tenant(slug) + "/history");
        Calendar now = Calendar.getInstance();
        Node entry = history.addNode("e" + now.getTimeInMillis() + "-" + UUID.randomUUID().toString().substring(0, 8),
                JcrNames.AUDIT_ENTRY_TYPE);
        entry.setProperty(JcrNames.AT, now);
        entry.setProperty(JcrNames.ACTOR, actor == null ? session.getUserID() : actor);
        entry.setProperty(JcrNames.ACTION, action);
        if (comment != null) {
            entry.setProperty(JcrNames.COMMENT, comment);
        }
        return entry;
    }
}
