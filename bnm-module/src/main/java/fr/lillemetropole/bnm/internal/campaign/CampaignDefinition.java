package fr.lillemetropole.bnm.internal.campaign;

import java.time.Duration;
import java.util.Calendar;

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
 * ({@code CampaignDefinition~ami-bnm-2022.cfg.json}): a first-start default. At start-up it creates the
 * campaign's node under /var/bnm/campaigns when missing, and never changes one that exists (MEL admins
 * edit campaigns in the portal, see {@link CampaignsImpl}).
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

        @AttributeDefinition(name = "Ouverture (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, heure de Paris)")
        String opensAt() default "";

        @AttributeDefinition(name = "Clôture (AAAA-MM-JJ, à 23:59, ou AAAA-MM-JJTHH:MM, heure de Paris)")
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

    /**
     * Creates the campaign node when it is missing, and answers it. A campaign that exists is left as it is:
     * the configuration is a first-start default, and MEL admins edit campaigns in the portal.
     */
    static Node write(Session session, Config config) throws RepositoryException {
        java.util.OptionalInt year = CampaignIds.year(config.id());
        if (year.isEmpty()) {
            throw new IllegalArgumentException("identifiant de campagne invalide : " + config.id());
        }
        Node campaigns = session.getNode(BnmPaths.CAMPAIGNS);
        if (campaigns.hasNode(config.id())) {
            return campaigns.getNode(config.id());
        }
        Node campaign = campaigns.addNode(config.id(), JcrNames.CAMPAIGN_TYPE);
        campaign.setProperty(JcrNames.ID, config.id());
        campaign.setProperty("jcr:title", config.title());
        campaign.setProperty(JcrNames.YEAR, year.getAsInt());
        campaign.setProperty(JcrNames.SCHEMA_VERSION, config.schemaVersion());
        campaign.setProperty(JcrNames.STATUS, config.status());
        campaign.setProperty(JcrNames.OPENS_AT, CampaignTimes.calendar(CampaignTimes.parse(config.opensAt(), false)));
        campaign.setProperty(JcrNames.CLOSES_AT, CampaignTimes.calendar(CampaignTimes.parse(config.closesAt(), true)));
        campaign.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        campaign.setProperty(JcrNames.CREATED_BY, session.getUserID());
        session.save();
        return campaign;
    }
}
