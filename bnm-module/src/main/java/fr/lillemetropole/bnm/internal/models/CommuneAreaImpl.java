package fr.lillemetropole.bnm.internal.models;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

import javax.annotation.PostConstruct;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.CommuneArea;

/** Reads everything with the caller's session: an account sees its own tenants' areas only. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = CommuneArea.class)
public class CommuneAreaImpl implements CommuneArea {

    private static final Logger LOG = LoggerFactory.getLogger(CommuneAreaImpl.class);
    private static final int HISTORY_SIZE = 20;

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Accounts accounts;

    private List<Area> areas = List.of();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        ResourceBundle labels = Texts.french(request);
        try {
            List<String> own = accounts.me(session).tenants();
            List<Area> result = new ArrayList<>();
            for (Tenant tenant : accounts.tenants(session)) {
                if (own.contains(tenant.slug())) {
                    result.add(area(session, tenant, labels));
                }
            }
            areas = List.copyOf(result);
        } catch (RepositoryException e) {
            LOG.error("Cannot read the commune areas of {}", session.getUserID(), e);
        }
    }

    @Override
    public List<Area> getAreas() {
        return areas;
    }

    static Area area(Session session, Tenant tenant, ResourceBundle labels) throws RepositoryException {
        Node node = session.getNode(BnmPaths.tenant(tenant.slug()));
        List<Dossier> dossiers = new ArrayList<>();
        if (session.nodeExists(BnmPaths.CAMPAIGNS)) {
            for (NodeIterator it = session.getNode(BnmPaths.CAMPAIGNS).getNodes(); it.hasNext();) {
                Node campaign = it.nextNode();
                if (!campaign.isNodeType(JcrNames.CAMPAIGN_TYPE)) {
                    continue;
                }
                String id = campaign.getName();
                Node dossier = node.getNode("dossiers").hasNode(id) ? node.getNode("dossiers").getNode(id) : null;
                String status = dossier == null ? Labels.NO_DOSSIER : dossier.getProperty(JcrNames.STATUS).getString();
                dossiers.add(new DossierItem(id, campaign.getProperty("jcr:title").getString(),
                        BnmPaths.CONTENT_ROOT + "/espace-commune/dossier.html?c=" + id + "&t=" + tenant.slug(), status,
                        Labels.status(labels, status)));
            }
        }
        return new AreaItem(tenant.slug(), tenant.name(), Labels.kind(labels, tenant.kind()), tenant.memberCommunes(),
                dossiers, team(session, tenant.slug(), labels), history(node, labels));
    }

    private static List<TeamMember> team(Session session, String slug, ResourceBundle labels)
            throws RepositoryException {
        UserManager users = ((JackrabbitSession) session).getUserManager();
        List<TeamMember> team = new ArrayList<>();
        for (TenantRole role : TenantRole.values()) {
            Authorizable group = users.getAuthorizable(BnmPaths.tenantGroup(slug, role));
            if (!(group instanceof Group)) {
                continue;
            }
            for (Iterator<Authorizable> members = ((Group) group).getDeclaredMembers(); members.hasNext();) {
                Authorizable member = members.next();
                if (!member.isGroup()) {
                    String email = Profiles.email(member);
                    team.add(new MemberItem(Profiles.displayName(member), email == null ? "" : email,
                            Labels.role(labels, role.name().toLowerCase(Locale.ROOT))));
                }
            }
        }
        return team;
    }

    private static List<HistoryEntry> history(Node area, ResourceBundle labels) throws RepositoryException {
        List<HistoryEntry> entries = new ArrayList<>();
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy HH:mm", Locale.FRANCE);
        format.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        for (NodeIterator it = area.getNode("history").getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if (entry.isNodeType(JcrNames.AUDIT_ENTRY_TYPE)) {
                String action = Labels.action(labels, entry.getProperty(JcrNames.ACTION).getString());
                String comment = entry.hasProperty(JcrNames.COMMENT)
                        ? " : " + entry.getProperty(JcrNames.COMMENT).getString() : "";
                entries.add(0, new HistoryItem(format.format(entry.getProperty(JcrNames.AT).getDate().getTime()),
                        entry.getProperty(JcrNames.ACTOR).getString(), action + comment));
            }
        }
        return entries.size() > HISTORY_SIZE ? List.copyOf(entries.subList(0, HISTORY_SIZE)) : entries;
    }


    /** An area. */
    public record AreaItem(String slug, String name, String kindLabel, List<String> memberCommunes,
            List<Dossier> dossiers, List<TeamMember> team, List<HistoryEntry> history) implements Area {
        @Override public String getSlug() { return slug; }
        @Override public String getName() { return name; }
        @Override public String getKindLabel() { return kindLabel; }
        @Override public List<String> getMemberCommunes() { return memberCommunes; }
        @Override public List<Dossier> getDossiers() { return dossiers; }
        @Override public List<TeamMember> getTeam() { return team; }
        @Override public List<HistoryEntry> getHistory() { return history; }
    }

    /** A dossier. */
    public record DossierItem(String campaign, String title, String url, String status, String statusLabel)
            implements Dossier {
        @Override public String getCampaign() { return campaign; }
        @Override public String getTitle() { return title; }
        @Override public String getUrl() { return url; }
        @Override public String getStatus() { return status; }
        @Override public String getStatusLabel() { return statusLabel; }
    }

    /** A team member. */
    public record MemberItem(String name, String email, String role) implements TeamMember {
        @Override public String getName() { return name; }
        @Override public String getEmail() { return email; }
        @Override public String getRole() { return role; }
    }

    /** A history entry. */
    public record HistoryItem(String when, String actor, String action) implements HistoryEntry {
        @Override public String getWhen() { return when; }
        @Override public String getActor() { return actor; }
        @Override public String getAction() { return action; }
    }
}
