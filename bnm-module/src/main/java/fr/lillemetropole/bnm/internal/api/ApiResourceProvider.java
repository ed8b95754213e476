package fr.lillemetropole.bnm.internal.api;

import java.util.Iterator;

import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.SyntheticResource;
import org.apache.sling.spi.resource.provider.ResolveContext;
import org.apache.sling.spi.resource.provider.ResourceContext;
import org.apache.sling.spi.resource.provider.ResourceProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Every path under the API's base resolves to a synthetic resource of type {@value #RESOURCE_TYPE},
 * so that the API servlets bind by resource type and never fall through to Sling's default GET and
 * POST servlets. The routes themselves are read from the request path by the servlet's {@link RouteTable}.
 */
@Component(service = ResourceProvider.class, property = {
        ResourceProvider.PROPERTY_ROOT + "=" + ApiResourceProvider.ROOT,
        ResourceProvider.PROPERTY_NAME + "=bnm-api"
})
public class ApiResourceProvider extends ResourceProvider<Object> {

    public static final String ROOT = "/bnm/api/v1";
    public static final String RESOURCE_TYPE = "bnm/api/v1";

    @Override
    public Resource getResource(ResolveContext<Object> ctx, String path, ResourceContext resourceContext,
            Resource parent) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/")
                ? new SyntheticResource(ctx.getResourceResolver(), path, RESOURCE_TYPE) : null;
    }

    @Override
    public Iterator<Resource> listChildren(ResolveContext<Object> ctx, Resource parent) {
        return null;
    }
}
