package fr.lillemetropole.bnm.internal.repository;

import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ServiceSessions} through Sling's service user mapping (bnm-module.json). */
@Component(service = ServiceSessions.class)
public class SlingServiceSessions implements ServiceSessions {

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Override
    public Handle open(String subService) throws RepositoryException {
        ResourceResolver resolver;
        try {
            resolver = resolverFactory.getServiceResourceResolver(Map.of(ResourceResolverFactory.SUBSERVICE, subService));
        } catch (LoginException e) {
            throw new RepositoryException("no service user for " + subService, e);
        }
        Session session = resolver.adaptTo(Session.class);
        return Handle.of(session, resolver::close);
    }
}
