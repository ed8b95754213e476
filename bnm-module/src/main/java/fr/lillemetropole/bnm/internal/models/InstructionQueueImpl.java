package fr.lillemetropole.bnm.internal.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.instruction.Instruction;
import fr.lillemetropole.bnm.api.instruction.QueueItem;
import fr.lillemetropole.bnm.api.instruction.QueuePage;
import fr.lillemetropole.bnm.api.instruction.QueueQuery;
import fr.lillemetropole.bnm.internal.campaign.CampaignOpening;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.InstructionQueue;

/** The review queue page, read in the caller's session (a commune account is told it is not for it). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = InstructionQueue.class)
public class InstructionQueueImpl implements InstructionQueue {

    private static final Logger LOG = LoggerFactory.getLogger(InstructionQueueImpl.class);
    static final String REVIEW_PAGE = "/content/bnm/instruction/dossier.html";

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Instruction instruction;

    private boolean allowed;
    private String campaign;
    private String campaignTitle;
    private QueueQuery query;
    private QueuePage page;
    private final List<LinkView> tabs = new ArrayList<>();
    private final List<RowView> rows = new ArrayList<>();
    private final List<LinkView> pages = new ArrayList<>();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            campaign = campaign(session, request.getParameter("c"));
            if (campaign == null) {
                return;
            }
            campaignTitle = session.getNode(BnmPaths.campaign(campaign)).getProperty("jcr:title").getString();
            query = new QueueQuery(request.getParameter("tab"), request.getParameter("q"),
                    "true".equals(request.getParameter("mine")), request.getParameter("sort"),
                    number(request.getParameter("page")), 25);
            page = instruction.queue(session, campaign, query);
            allowed = true;
            ResourceBundle bundle = request.getResourceBundle(null, Locale.FRENCH);
            page.tabs().forEach((tab, count) -> tabs.add(new LinkView(text(bundle, "bnm.queue.tab." + tab) + " ("
                    + count + ")", url(tab, query.search(), query.mine(), query.sort(), 1), tab.equals(query.tab()))));
            for (QueueItem item : page.items()) {
                rows.add(new RowView(item, fr.lillemetropole.bnm.internal.text.Labels.kind(bundle, item.kind()),
                        fr.lillemetropole.bnm.internal.text.Labels.status(bundle, item.status()), session.getUserID()));
            }
            int last = Math.max(1, (page.total() + page.size() - 1) / page.size());
            for (int p = 1; p <= last && last > 1; p++) {
                pages.add(new LinkView(Integer.toString(p), url(query.tab(), query.search(), query.mine(), query.sort(),
                        p), p == query.page()));
            }
        } catch (ForbiddenException e) {
            allowed = false;
        } catch (Exception e) {
            LOG.error("Cannot show the review queue of {}", campaign, e);
            allowed = false;
        }
    }

    private String url(String tab, String search, boolean mine, String sort, int number) {
        return request.getResource().getPath() + ".html?c=" + encode(campaign) + "&tab=" + encode(tab)
                + (search == null || search.isBlank() ? "" : "&q=" + encode(search)) + (mine ? "&mine=true" : "")
                + "&sort=" + encode(sort) + "&page=" + number;
    }

    /** The campaign asked for, or the latest one the caller may read. */
    static String campaign(Session session, String asked) throws RepositoryException {
        if (asked != null && !asked.isBlank() && !asked.contains("/") && session.nodeExists(BnmPaths.campaign(asked))) {
            return asked;
        }
        return CampaignOpening.latest(session);
    }

    static String text(ResourceBundle bundle, String key) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    @Override public boolean isAllowed() { return allowed; }
    @Override public String getCampaign() { return campaign; }
    @Override public String getCampaignTitle() { return campaignTitle; }
    @Override public List<LinkView> getTabs() { return tabs; }
    @Override public List<RowView> getRows() { return rows; }
    @Override public int getTotal() { return page == null ? 0 : page.total(); }
    @Override public String getSearch() { return query == null ? null : query.search(); }
    @Override public boolean isMine() { return query != null && query.mine(); }
    @Override public String getSort() { return query == null ? null : query.sort(); }
    @Override public List<LinkView> getPages() { return pages; }

    /** A link. */
    public record LinkView(String label, String url, boolean current) implements Link {
        @Override public String getLabel() { return label; }
        @Override public String getUrl() { return url; }
        @Override public boolean isCurrent() { return current; }
    }

    /** A row of the queue. */
    public final class RowView implements Row {
        private final QueueItem item;
        private final String kindLabel;
        private final String statusLabel;
        private final String me;

        RowView(QueueItem item, String kindLabel, String statusLabel, String me) {
            this.item = item;
            this.kindLabel = kindLabel;
            this.statusLabel = statusLabel;
            this.me = me;
        }

        @Override public String getTenant() { return item.tenant(); }
        @Override public String getName() { return item.tenantName(); }
        @Override public String getKindLabel() { return kindLabel; }
        @Override public int getLibraries() { return item.libraries(); }
        @Override public String getStatus() { return item.status(); }
        @Override public String getStatusLabel() { return statusLabel; }
        @Override public String getFiledAt() { return item.filedAt() == null ? null : FrenchDates.format(item.filedAt()); }
        @Override public String getUpdatedAt() {
            return item.updatedAt() == null ? null : FrenchDates.format(item.updatedAt());
        }
        @Override public String getAssignedName() { return item.assignedName(); }
        @Override public boolean isAssignedToMe() { return me.equals(item.assignedTo()); }
        @Override public String getUrl() {
            return REVIEW_PAGE + "?c=" + encode(campaign) + "&t=" + encode(item.tenant());
        }
    }
}
