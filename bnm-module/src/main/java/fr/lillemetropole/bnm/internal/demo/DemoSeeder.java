package fr.lillemetropole.bnm.internal.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.jcr.Session;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import fr.lillemetropole.bnm.api.account.NewTenant;
import fr.lillemetropole.bnm.internal.repository.BackgroundTask;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.NodeTypeGate;
import fr.lillemetropole.bnm.internal.tenant.TenantAreas;

/**
 * Demo mode only (its configuration ships in the demo feature): seeds the demo commune's area
 * (its accounts come from the demo repoinit script) and prints the URL and logins for a newcomer.
 */
@Component(service = DemoSeeder.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoSeeder.Config.class)
public class DemoSeeder {

    static final String SUBSERVICE = "bootstrap";

    @ObjectClassDefinition(name = "BNM - données de démonstration")
    public @interface Config {
        @AttributeDefinition(name = "Identifiant de la commune de démonstration")
        String tenant_slug();

        @AttributeDefinition(name = "Nom de la commune de démonstration")
        String tenant_name();

        @AttributeDefinition(name = "Comptes affichés au démarrage", description = "identifiant|mot de passe|rôle")
        String[] logins() default {};
    }

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Activate
    void activate(Config config, BundleContext context) {
        String url = "http://" + property(context, "org.apache.felix.http.host", "127.0.0.1") + ":"
                + property(context, "org.osgi.service.http.port", "8080") + "/";
        BackgroundTask.start("demo", () -> {
            try (ResourceResolver resolver = NodeTypeGate.awaitResolver(resolverFactory, SUBSERVICE,
                    JcrNames.TENANT_TYPE, Duration.ofMinutes(5))) {
                TenantAreas.ensure(resolver.adaptTo(Session.class), new NewTenant(config.tenant_slug(),
                        config.tenant_name(), "commune", List.of(config.tenant_name()), null));
            }
            printBanner(System.out, url, Arrays.asList(config.logins()));
        });
    }

    static void printBanner(PrintStream out, String url, List<String> logins) {
        StringBuilder banner = new StringBuilder()
                .append("\n==================================================================\n")
                .append(" Portail BNM (mode démo) : ").append(url).append('\n')
                .append(" Comptes de démonstration :\n");
        for (String login : logins) {
            String[] parts = login.split("\\|", 3);
            if (parts.length == 3) {
                banner.append(String.format("   %-20s %-16s %s%n", parts[0], parts[1], parts[2]));
            }
        }
        banner.append("==================================================================\n");
        out.print(banner);
        out.flush();
    }

    private static String property(BundleContext context, String name, String fallback) {
        String value = context.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
