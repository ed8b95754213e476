package fr.lillemetropole.bnm.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One portal for every test class that asks for it, started once, stopped when the run ends. */
public class SharedPortal implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedPortal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        portal(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Portal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return portal(context);
    }

    private static Portal portal(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("portal", key -> {
            try {
                Portal portal = new Portal("shared").start();
                return new Holder(portal);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the portal", e);
            }
        }, Holder.class).portal;
    }

    private record Holder(Portal portal) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            portal.stop();
        }
    }
}
