package fr.lillemetropole.bnm.internal.tenant;

import java.time.Duration;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.BackgroundTask;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.NodeTypeGate;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * At start-up, brings tenant areas created by earlier versions to today's ACLs: their groups lose
 * the write access they had on their dossiers (every write now goes through the portal's services).
 */
@Component(immediate = true)
public class TenantAclUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(TenantAclUpgrade.class);

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Activate
    void activate() {
        BackgroundTask.start("tenant-acl-upgrade", () -> {
            try (ResourceResolver resolver = NodeTypeGate.awaitResolver(resolverFactory, ServiceSessions.BOOTSTRAP,
                    JcrNames.TENANT_TYPE, Duration.ofMinutes(5))) {
                int upgraded = upgrade(resolver.adaptTo(Session.class));
                if (upgraded > 0) {
                    LOG.info("Tenant areas upgraded to read-only ACLs for their groups: {}", upgraded);
                }
            }
        });
    }

    /** Upgrades every tenant area; answers how many changed. Saves the session. */
    static int upgrade(Session session) throws javax.jcr.RepositoryException {
        int upgraded = 0;
        for (NodeIterator areas = session.getNode(BnmPaths.TENANTS).getNodes(); areas.hasNext();) {
            Node area = areas.nextNode();
            if (area.hasNode("dossiers") && TenantAreas.dropLegacyWriteEntries(session, area.getPath() + "/dossiers")) {
                upgraded++;
            }
        }
        session.save();
        return upgraded;
    }
}
