package fr.lillemetropole.bnm.internal.repository;

import java.time.Duration;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;

/**
 * Repoinit runs before bundles register their node types (Sling-Nodetypes), so start-up tasks
 * that create bnm: typed nodes wait here until the types are there.
 */
public final class NodeTypeGate {

    private static final long POLL_MILLIS = 250;

    private NodeTypeGate() {}

    /** A resolver for the given sub-service of this bundle, once {@code nodeType} is registered. */
    public static ResourceResolver awaitResolver(ResourceResolverFactory factory, String subService, String nodeType,
            Duration timeout) throws LoginException, RepositoryException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ResourceResolver resolver = factory.getServiceResourceResolver(
                    Map.of(ResourceResolverFactory.SUBSERVICE, subService));
            Session session = resolver.adaptTo(Session.class);
            if (session != null && session.getWorkspace().getNodeTypeManager().hasNodeType(nodeType)) {
                return resolver;
            }
            resolver.close();
            if (System.nanoTime() > deadline) {
                throw new RepositoryException("node type " + nodeType + " not registered after " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
