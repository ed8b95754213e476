package fr.lillemetropole.bnm.internal.mail;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.internal.account.Profiles;

/** Who a tenant's mails go to, and the names they give, as the mail service user reads them. */
final class Recipients {

    private Recipients() {}

    /**
     * The e-mail addresses of the tenant's accounts, agents and elected officials alike, each once, sorted; a
     * disabled account or one without an address gets nothing.
     */
    static List<String> of(Session session, String tenant) throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        TreeSet<String> emails = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (TenantRole role : TenantRole.values()) {
            Authorizable group = users.getAuthorizable(BnmPaths.tenantGroup(tenant, role));
            if (!(group instanceof Group)) {
                continue;
            }
            for (Iterator<Authorizable> members = ((Group) group).getMembers(); members.hasNext();) {
                Authorizable member = members.next();
                String email = member.isGroup() || ((User) member).isDisabled() ? null : Profiles.email(member);
                if (email != null) {
                    emails.add(email.strip());
                }
            }
        }
        return new ArrayList<>(emails);
    }

    /** The tenant's name (« Armentières »), or its slug when its area is gone. */
    static String tenantName(Session session, String tenant) throws RepositoryException {
        String path = BnmPaths.tenant(tenant);
        return session.nodeExists(path) && session.getNode(path).hasProperty(JcrNames.NAME)
                ? session.getNode(path).getProperty(JcrNames.NAME).getString() : tenant;
    }

    /** « Réseau » for a network of communes, « Commune » otherwise. */
    static String tenantKind(Session session, String tenant) throws RepositoryException {
        String path = BnmPaths.tenant(tenant);
        return session.nodeExists(path) && session.getNode(path).hasProperty(JcrNames.KIND)
                && "network".equals(session.getNode(path).getProperty(JcrNames.KIND).getString()) ? "Réseau" : "Commune";
    }

    /** The campaign's title, or its id when it has none. */
    static String campaignTitle(Session session, String campaign) throws RepositoryException {
        String path = BnmPaths.campaign(campaign);
        return session.nodeExists(path) && session.getNode(path).hasProperty("jcr:title")
                ? session.getNode(path).getProperty("jcr:title").getString() : campaign;
    }
}
