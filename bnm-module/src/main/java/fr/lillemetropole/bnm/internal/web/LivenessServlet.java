package fr.lillemetropole.bnm.internal.web;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;

import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The anonymous liveness address for probes and load balancers: {@code OK} (200) or {@code KO}
 * (503), nothing else. The details stay on /system/health, for Sling admins.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + LivenessServlet.PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=HEAD"
})
@Designate(ocd = LivenessServlet.Config.class)
public class LivenessServlet extends SlingSafeMethodsServlet {

    static final String PATH = "/bnm/health";
    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(name = "BNM - sonde de disponibilité",
            description = "Répond OK ou KO selon les contrôles de santé portant ces étiquettes.")
    public @interface Config {
        @AttributeDefinition(name = "Étiquettes des contrôles de santé")
        String[] tags() default {"systemalive"};
    }

    @Reference
    private transient HealthCheckExecutor executor;

    private volatile String[] tags = {"systemalive"};

    @Activate
    @Modified
    void activate(Config config) {
        tags = config.tags().clone();
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        boolean ok = alive();
        response.setStatus(ok ? 200 : 503);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ok ? "OK\n" : "KO\n");
    }

    boolean alive() {
        List<HealthCheckExecutionResult> results = executor.execute(HealthCheckSelector.tags(tags));
        return !results.isEmpty() && results.stream().allMatch(r -> r.getHealthCheckResult().isOk());
    }
}
