package fr.lillemetropole.bnm.internal.models;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.annotation.PostConstruct;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignStatus;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.api.campaign.Reminder;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.campaign.CampaignTimes;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.CampaignsPage;

/** The campaigns page, read with the caller's session. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = CampaignsPage.class)
public class CampaignsPageImpl implements CampaignsPage {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignsPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Campaigns campaigns;

    private boolean allowed;
    private final List<Item> items = new ArrayList<>();
    private Item selected;
    private List<ReminderItem> reminders = List.of();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        String chosen = request.getParameter("c");
        try {
            allowed = Roles.callerIsMelAdmin(session);
            if (!allowed) {
                return;
            }
            String page = request.getResource().getPath() + ".html";
            for (Campaign campaign : campaigns.list(session)) {
                boolean isChosen = campaign.id().equals(chosen);
                String dossiers = text(campaigns.acceptsDossiers(session, campaign.id())
                        ? "bnm.campaigns.accepting" : "bnm.campaigns.notaccepting");
                Item item = new CampaignViews.CampaignItem(campaign, when(campaign.opensAt()),
                        when(campaign.closesAt()), dossiers, isChosen, page + "?c=" + campaign.id(),
                        statuses(campaign.status()));
                items.add(item);
                selected = isChosen ? item : selected;
            }
            if (selected != null) {
                reminders = campaigns.reminders(session, selected.getId()).stream().map(this::reminder).toList();
            }
        } catch (ForbiddenException | NotFoundException | RepositoryException e) {
            LOG.error("Cannot read the campaigns for {}", session.getUserID(), e);
        }
    }

    private ReminderItem reminder(Reminder r) {
        Integer days = r.daysLeft();
        String left = days == null ? text("bnm.campaigns.due.none") : days < 0 ? text("bnm.campaigns.due.past")
                : days == 0 ? text("bnm.campaigns.due.today") : days == 1 ? text("bnm.campaigns.due.one")
                : MessageFormat.format(text("bnm.campaigns.due.days"), days);
        return new CampaignViews.ReminderView(r.name(), r.kindLabel(), r.statusLabel(), when(r.deadline()), left,
                days != null && days < 0);
    }

    private String when(String iso) {
        return iso == null ? text("bnm.campaigns.nodate") : FrenchDates.format(Instant.from(CampaignTimes.ofIso(iso)));
    }

    private List<Choice> statuses(String current) {
        return Arrays.stream(CampaignStatus.values())
                .map(s -> (Choice) new CampaignViews.ChoiceView(s.code(), s.label(), s.code().equals(current))).toList();
    }

    private String text(String key) {
        ResourceBundle bundle = request.getResourceBundle(null, Locale.FRENCH);
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    @Override
    public boolean isAllowed() {
        return allowed;
    }

    @Override
    public List<Item> getCampaigns() {
        return items;
    }

    @Override
    public Item getSelected() {
        return selected;
    }

    @Override
    public List<Choice> getStatuses() {
        return statuses(CampaignStatus.DRAFT.code());
    }

    @Override
    public List<ReminderItem> getReminders() {
        return reminders;
    }

    @Override
    public String getOk() {
        return Flash.text(request, Flash.Kind.OK);
    }

    @Override
    public String getError() {
        return Flash.text(request, Flash.Kind.ERROR);
    }
}
