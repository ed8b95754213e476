package fr.lillemetropole.bnm.internal.campaign;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.BackgroundTask;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.NodeTypeGate;

/**
 * One AMI campaign, declared as an OSGi factory configuration
 * ({@code CampaignDefinition~ami-bnm-2022.cfg.json}) and kept in step with its node under
 * /var/bnm/campaigns at start-up.
 */
@Component(service = CampaignDefinition.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CampaignDefinition.Config.class, factory = true)
public class CampaignDefinition {

    static final String SUBSERVICE = "bootstrap";

    @ObjectClassDefinition(name = "BNM - campagne AMI", description = "Un appel à manifestation d'intérêt.")
    public @interface Config {
        @AttributeDefinition(name = "Identifiant", description = "Par exemple ami-bnm-2022 : l'année termine l'identifiant.")
        String id();

        @AttributeDefinition(name = "Titre")
        String title();

        @AttributeDefinition(name = "Version du format de dossier")
        long schemaVersion() default 1;

        @AttributeDefinition(name = "Statut", description = "draft, open, closed ou archived")
        String status() default "open";

        @AttributeDefinition(name = "Ouverture (AAAA-MM-JJ)")
        String opensAt() default "";

        @AttributeDefinition(name = "Clôture (AAAA-MM-JJ)")
        String closesAt() default "";
    }

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Activate
    void activate(Config config) {
        BackgroundTask.start("campaign-" + config.id(), () -> {
            try (ResourceResolver resolver = NodeTypeGate.awaitResolver(resolverFactory, SUBSERVICE,
                    JcrNames.CAMPAIGN_TYPE, Duration.ofMinutes(5))) {
                write(resolver.adaptTo(Session.class), config);
            }
        });
    }

    /** Creates or updates the campaign node; answers it. */
    static Node write(Session session, Config config) throws RepositoryException {
        java.util.OptionalInt year = CampaignIds.year(config.id());
        if (year.isEmpty()) {
            throw new IllegalArgumentException("identifiant de campagne invalide : " + config.id());
        }
        Node campaigns = session.getNode(BnmPaths.CAMPAIGNS);
        Node campaign = campaigns.hasNode(config.id()) ? campaigns.getNode(config.id())
                : campaigns.addNode(config.id(), JcrNames.CAMPAIGN_TYPE);
        campaign.setProperty(JcrNames.ID, config.id());
        campaign.setProperty("jcr:title", config.title());
        campaign.setProperty(JcrNames.YEAR, year.getAsInt());
        campaign.setProperty(JcrNames.SCHEMA_VERSION, config.schemaVersion());
        campaign.setProperty(JcrNames.STATUS, config.status());
        campaign.setProperty(JcrNames.OPENS_AT, date(config.opensAt()));
        campaign.setProperty(JcrNames.CLOSES_AT, date(config.closesAt()));
        session.save();
        return campaign;
    }

    private static Calendar date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
        calendar.clear();
        LocalDate date = LocalDate.parse(iso);
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }
}
