package fr.lillemetropole.bnm.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.jcr.Session;
import javax.jcr.security.Privilege;

import org.apache.jackrabbit.api.security.JackrabbitAccessControlList;
import org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.auth.core.AuthenticationSupport;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class HealthAccessPreprocessorTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void theHealthServletAndItsRenderingsAreGuardedNothingElse() {
        for (String path : new String[] {"/system/health", "/system/health.json", "/system/health.txt",
                "/system/health/systemalive.html"}) {
            assertTrue(HealthAccessPreprocessor.health(request(path)), path);
        }
        for (String path : new String[] {"/system/healthy", "/bnm/health", "/content/bnm.html"}) {
            assertFalse(HealthAccessPreprocessor.health(request(path)), path);
        }
    }

    @Test
    void anonymousVisitorsAndPortalAccountsAreRefusedSlingAdminsPass() throws Exception {
        Session admin = context.resourceResolver().adaptTo(Session.class);
        BnmContext.user(admin, "agent.lille", "mot-de-passe-2022", "bnm-tenants");
        java.security.Principal technicien = BnmContext.user(admin, "technicien", "mot-de-passe-2022").getPrincipal();
        JackrabbitAccessControlList root = AccessControlUtils.getAccessControlList(admin, "/");
        root.addEntry(technicien, AccessControlUtils.privilegesFromNames(admin, Privilege.JCR_ALL), true);
        admin.getAccessControlManager().setPolicy("/", root);
        admin.save();

        assertEquals(401, run(null).getStatus());
        assertEquals(403, run(login("agent.lille")).getStatus());
        assertEquals(200, run(context.resourceResolver()).getStatus(), "admin");
        assertEquals(200, run(login("technicien")).getStatus(), "an account with every privilege");
    }

    private MockSlingHttpServletResponse run(ResourceResolver resolver) throws Exception {
        HealthAccessPreprocessor preprocessor = new HealthAccessPreprocessor();
        AuthenticationSupport authentication = (request, response) -> {
            if (resolver != null) {
                request.setAttribute(AuthenticationSupport.REQUEST_ATTRIBUTE_RESOLVER, new KeepOpen(resolver).resolver());
            }
            return true;
        };
        Field field = HealthAccessPreprocessor.class.getDeclaredField("authentication");
        field.setAccessible(true);
        field.set(preprocessor, authentication);
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();
        preprocessor.doFilter(request("/system/health.json"), response, (req, res) -> passedOn.set(true));
        assertEquals(response.getStatus() == 200, passedOn.get());
        return response;
    }

    private ResourceResolver login(String user) throws Exception {
        return context.getService(org.apache.sling.api.resource.ResourceResolverFactory.class)
                .getResourceResolver(Map.of(org.apache.sling.api.resource.ResourceResolverFactory.USER, user,
                        org.apache.sling.api.resource.ResourceResolverFactory.PASSWORD, "mot-de-passe-2022".toCharArray()));
    }

    private MockSlingHttpServletRequest request(String path) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(), context.bundleContext());
        request.setPathInfo(path);
        return request;
    }

    /** The preprocessor closes the resolver it is given; the test's own admin resolver must stay open. */
    private record KeepOpen(ResourceResolver delegate) {
        ResourceResolver resolver() {
            return (ResourceResolver) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ResourceResolver.class}, (proxy, method, args) ->
                            "close".equals(method.getName()) ? null : method.invoke(delegate, args));
        }
    }
}
