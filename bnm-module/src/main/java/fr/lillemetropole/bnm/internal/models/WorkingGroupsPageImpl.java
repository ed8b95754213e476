package fr.lillemetropole.bnm.internal.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import fr.lillemetropole.bnm.internal.campaign.CampaignTimes;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.internal.group.GroupData;
import fr.lillemetropole.bnm.internal.group.GroupDocuments;
import fr.lillemetropole.bnm.internal.group.WorkingGroups;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.WorkingGroupsPage;

/** The working groups' list and group pages, read with the caller's session. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = WorkingGroupsPage.class)
public class WorkingGroupsPageImpl implements WorkingGroupsPage {

    static final String API = "/bnm/api/v1/groups";
    private static final Logger LOG = LoggerFactory.getLogger(WorkingGroupsPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private WorkingGroups groups;

    private boolean member;
    private boolean editor;
    private final List<Group> list = new ArrayList<>();
    private Group group;
    private List<Member> members = List.of();
    private final List<Meeting> upcoming = new ArrayList<>();
    private final List<Meeting> past = new ArrayList<>();
    private List<Document> documents = List.of();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        String slug = request.getResource().getName();
        try {
            member = groups.canReadMembers(session);
            editor = groups.canEdit(session);
            for (GroupData.Group g : groups.list(session)) {
                Group view = WorkingGroupViews.group(g);
                list.add(view);
                group = g.url().equals(request.getResource().getPath() + ".html") ? view : group;
            }
            if (group != null && member) {
                GroupData.GroupDetail detail = groups.detail(session, slug);
                members = detail.members().stream().map(WorkingGroupViews::member).toList();
                for (GroupData.Meeting m : detail.meetings()) {
                    Meeting view = WorkingGroupViews.meeting(m, slug,
                            FrenchDates.format(Instant.from(CampaignTimes.ofIso(m.date()))));
                    (m.past() ? past : upcoming).add(view);
                }
                Collections.reverse(past);
                documents = detail.documents().stream().map(d -> WorkingGroupViews.document(d, slug,
                        FrenchDates.format(Instant.from(CampaignTimes.ofIso(d.addedAt()))))).toList();
            }
        } catch (ForbiddenException | NotFoundException | RepositoryException e) {
            LOG.error("Cannot read the working groups for {}", session.getUserID(), e);
        }
    }

    @Override
    public boolean isMember() {
        return member;
    }

    @Override
    public boolean isEditor() {
        return editor;
    }

    @Override
    public List<Group> getGroups() {
        return list;
    }

    @Override
    public Group getGroup() {
        return group;
    }

    @Override
    public List<Member> getMembers() {
        return members;
    }

    @Override
    public List<Meeting> getUpcoming() {
        return upcoming;
    }

    @Override
    public List<Meeting> getPast() {
        return past;
    }

    @Override
    public List<Document> getDocuments() {
        return documents;
    }

    @Override
    public String getCreateAction() {
        return API;
    }

    @Override
    public String getOk() {
        return Flash.text(request, Flash.Kind.OK);
    }

    @Override
    public String getError() {
        return Flash.text(request, Flash.Kind.ERROR);
    }

    @Override
    public long getDocumentMaxBytes() {
        return GroupDocuments.MAX_BYTES;
    }

    @Override
    public String getDocumentTooLarge() {
        return GroupDocuments.TOO_LARGE;
    }
}
