package fr.lillemetropole.bnm.internal.campaign;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.api.campaign.Reminder;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * {@link Campaigns}: read in the caller's session; written by the bnm-bootstrap service user once the
 * caller proved to be a MEL admin.
 */
@Component(service = Campaigns.class)
public class CampaignsImpl implements Campaigns {

    private static final Logger AUDIT = LoggerFactory.getLogger("fr.lillemetropole.bnm.audit");

    @Reference
    private ServiceSessions services;

    private final Clock clock;

    public CampaignsImpl() {
        this.clock = Clock.systemUTC();
    }

    public CampaignsImpl(ServiceSessions services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    @Override
    public List<Campaign> list(Session caller) throws RepositoryException {
        List<Campaign> campaigns = new ArrayList<>();
        if (caller.nodeExists(BnmPaths.CAMPAIGNS)) {
            for (NodeIterator nodes = caller.getNode(BnmPaths.CAMPAIGNS).getNodes(); nodes.hasNext();) {
                Node node = nodes.nextNode();
                if (node.isNodeType(CampaignNodes.TYPE)) {
                    campaigns.add(CampaignNodes.read(node));
                }
            }
        }
        campaigns.sort(Comparator.comparingInt(Campaign::year).reversed().thenComparing(Campaign::id));
        return campaigns;
    }

    @Override
    public Campaign get(Session caller, String id) throws NotFoundException, RepositoryException {
        return CampaignNodes.read(node(caller, id));
    }

    @Override
    public Campaign create(Session caller, CampaignInput input)
            throws InvalidRequestException, ConflictException, ForbiddenException, RepositoryException {
        requireAdmin(caller);
        CampaignRules.Values values = CampaignRules.check(input, null);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.BOOTSTRAP)) {
            Node campaigns = handle.session().getNode(BnmPaths.CAMPAIGNS);
            if (campaigns.hasNode(values.id())) {
                throw new ConflictException("/id", "Une campagne porte déjà l'identifiant « " + values.id() + " ».");
            }
            CampaignNodes.write(campaigns.addNode(values.id(), CampaignNodes.TYPE), values, caller.getUserID(), true);
            handle.session().save();
        }
        AUDIT.info("campaign.create {} by {}", values.id(), caller.getUserID());
        caller.refresh(false);
        return CampaignNodes.read(caller.getNode(BnmPaths.campaign(values.id())));
    }

    @Override
    public Campaign update(Session caller, String id, CampaignInput input)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException {
        requireAdmin(caller);
        Campaign current = get(caller, id);
        CampaignRules.Values values = CampaignRules.check(input, current);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.BOOTSTRAP)) {
            CampaignNodes.write(handle.session().getNode(BnmPaths.campaign(id)), values, caller.getUserID(), false);
            handle.session().save();
        }
        AUDIT.info("campaign.update {} by {}: {}", id, caller.getUserID(), values.status().code());
        caller.refresh(false);
        return get(caller, id);
    }

    @Override
    public boolean acceptsDossiers(Session caller, String id) throws RepositoryException {
        if (id == null || !CampaignIds.ID.matcher(id).matches() || !caller.nodeExists(BnmPaths.campaign(id))) {
            return false;
        }
        return CampaignOpening.newDossierRefusal(caller.getNode(BnmPaths.campaign(id)), clock.instant()) == null;
    }

    @Override
    public List<Reminder> reminders(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException {
        if (!Roles.callerIsMelAdmin(caller) && !Roles.callerIn(caller, BnmPaths.GROUP_INSTRUCTORS)) {
            throw new ForbiddenException("Réservé aux instructeurs et aux administrateurs de la MEL.");
        }
        Campaign campaign = get(caller, id);
        List<Reminder> reminders = ReminderList.of(caller, campaign, clock.instant().atZone(CampaignTimes.PARIS)
                .toLocalDate());
        Collator french = Collator.getInstance(Locale.FRENCH);
        reminders.sort(Comparator.comparing(Reminder::name, french).thenComparing(Reminder::tenant));
        return reminders;
    }

    private static Node node(Session caller, String id) throws NotFoundException, RepositoryException {
        String path = BnmPaths.campaign(id);
        if (id == null || !CampaignIds.ID.matcher(id).matches() || !caller.nodeExists(path)) {
            throw new NotFoundException("Aucune campagne « " + id + " ».");
        }
        return caller.getNode(path);
    }

    private static void requireAdmin(Session caller) throws ForbiddenException, RepositoryException {
        if (!Roles.callerIsMelAdmin(caller)) {
            throw new ForbiddenException("Réservé aux administrateurs de la MEL.");
        }
    }
}
