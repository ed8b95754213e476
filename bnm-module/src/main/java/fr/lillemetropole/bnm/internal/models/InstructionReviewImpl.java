package fr.lillemetropole.bnm.internal.models;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.annotation.PostConstruct;
import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.instruction.Entry;
import fr.lillemetropole.bnm.api.instruction.FieldChange;
import fr.lillemetropole.bnm.api.instruction.Filing;
import fr.lillemetropole.bnm.api.instruction.Instruction;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.InstructionReview;

/** The review page of one dossier, in the instructor's session: notes are read only if the repository allows. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = InstructionReview.class)
public class InstructionReviewImpl implements InstructionReview {

    private static final Logger LOG = LoggerFactory.getLogger(InstructionReviewImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Dossiers dossiers;

    @OSGiService
    private Instruction instruction;

    private boolean found;
    private boolean instructor;
    private String campaign;
    private String tenant;
    private String tenantName;
    private String status;
    private String statusComment;
    private String etag;
    private String assignedName;
    private boolean assignedToMe;
    private final List<MoveView> moves = new ArrayList<>();
    private final List<ItemView> notes = new ArrayList<>();
    private final List<ItemView> messages = new ArrayList<>();
    private final List<ItemView> filings = new ArrayList<>();
    private final List<ItemView> changes = new ArrayList<>();
    private final List<SectionView> sections = new ArrayList<>();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        campaign = request.getParameter("c");
        tenant = request.getParameter("t");
        try {
            instructor = Roles.callerIn(session, BnmPaths.GROUP_INSTRUCTORS);
            notes.addAll(items(instruction.notes(session, campaign, tenant)));
            DossierVersion version = dossiers.get(session, campaign, tenant);
            Node dossier = session.getNode(BnmPaths.tenant(tenant) + "/dossiers/" + campaign);
            tenantName = session.getNode(BnmPaths.tenant(tenant)).getProperty(JcrNames.NAME).getString();
            status = version.status();
            etag = version.etag();
            statusComment = dossier.hasProperty(JcrNames.STATUS_COMMENT) ? dossier.getProperty(JcrNames.STATUS_COMMENT)
                    .getString() : null;
            assignedName = dossier.hasProperty(JcrNames.ASSIGNED_NAME) ? dossier.getProperty(JcrNames.ASSIGNED_NAME)
                    .getString() : null;
            assignedToMe = dossier.hasProperty(JcrNames.ASSIGNED_TO)
                    && session.getUserID().equals(dossier.getProperty(JcrNames.ASSIGNED_TO).getString());
            ResourceBundle bundle = request.getResourceBundle(null, Locale.FRENCH);
            for (DossierStatus next : DossierStatus.of(status).next()) {
                if (next != DossierStatus.SUBMITTED) {
                    moves.add(new MoveView(next.code(), InstructionQueueImpl.text(bundle, "bnm.move." + next.code()),
                            next == DossierStatus.RETURNED || next == DossierStatus.REJECTED));
                }
            }
            messages.addAll(items(instruction.messages(session, campaign, tenant)));
            for (Filing filing : instruction.filings(session, campaign, tenant)) {
                filings.add(new ItemView(FrenchDates.format(filing.at()), filing.byName(), "n° " + filing.number()
                        + " — SHA-256 " + filing.sha256(), getApiUrl() + "/filings/" + filing.number()));
            }
            for (FieldChange change : instruction.changesSincePreviousFiling(session, campaign, tenant)) {
                changes.add(new ItemView(null, change.title(), change.before() + " → " + change.after(), null));
            }
            read(version.document(), bundle);
            found = true;
        } catch (ForbiddenException e) {
            found = false;
        } catch (Exception e) {
            LOG.debug("No review of {} {}", campaign, tenant, e);
            found = false;
        }
    }

    private void read(ObjectNode document, ResourceBundle bundle) {
        FormFields fields = new FormFields(DossierSchema.get());
        for (DossierSections.Section section : DossierSections.of(document)) {
            List<DossierPageImpl.PartView> parts = new ArrayList<>();
            for (String part : section.parts()) {
                JsonNode s = fields.schemaAt(part);
                List<FieldView> views = fields.of(document, part, List.of());
                parts.add(new DossierPageImpl.PartView(part.startsWith("/libraries/") ? null
                        : s.path("title").asText(null), null, views));
            }
            sections.add(new SectionView(section.title(bundle), parts));
        }
    }

    private static List<ItemView> items(List<Entry> entries) {
        List<ItemView> views = new ArrayList<>();
        for (Entry entry : entries) {
            views.add(new ItemView(FrenchDates.format(entry.at()), entry.authorName(), entry.text(), null));
        }
        return views;
    }

    @Override public boolean isFound() { return found; }
    @Override public boolean isInstructor() { return instructor; }
    @Override public String getCampaign() { return campaign; }
    @Override public String getTenant() { return tenant; }
    @Override public String getTenantName() { return tenantName; }
    @Override public String getStatus() { return status; }
    @Override public String getStatusLabel() {
        return fr.lillemetropole.bnm.internal.text.Labels.status(request.getResourceBundle(null, Locale.FRENCH), status);
    }
    @Override public String getStatusComment() { return statusComment; }
    @Override public String getEtag() { return etag; }
    @Override public String getAssignedName() { return assignedName; }
    @Override public boolean isAssignedToMe() { return assignedToMe; }
    @Override public List<MoveView> getMoves() { return moves; }
    @Override public List<ItemView> getNotes() { return notes; }
    @Override public List<ItemView> getMessages() { return messages; }
    @Override public List<ItemView> getFilings() { return filings; }
    @Override public List<ItemView> getChanges() { return changes; }
    @Override public List<SectionView> getSections() { return sections; }
    @Override public String getOk() { return Flash.text(request, Flash.Kind.OK); }
    @Override public String getError() { return Flash.text(request, Flash.Kind.ERROR); }

    @Override
    public String getSelf() {
        return InstructionQueueImpl.REVIEW_PAGE + "?c=" + InstructionQueueImpl.encode(campaign) + "&t="
                + InstructionQueueImpl.encode(tenant);
    }

    @Override
    public String getApiUrl() {
        return "/bnm/api/v1/campaigns/" + campaign + "/dossiers/" + tenant;
    }

    @Override
    public String getQueueUrl() {
        return "/content/bnm/instruction.html?c=" + InstructionQueueImpl.encode(campaign);
    }

    /** A move. */
    public record MoveView(String to, String label, boolean commentRequired) implements Move {
        @Override public String getTo() { return to; }
        @Override public String getLabel() { return label; }
        @Override public boolean isCommentRequired() { return commentRequired; }
    }

    /** A dated line. */
    public record ItemView(String when, String who, String text, String url) implements Item {
        @Override public String getWhen() { return when; }
        @Override public String getWho() { return who; }
        @Override public String getText() { return text; }
        @Override public String getUrl() { return url; }
    }

    /** A section, read-only. */
    public record SectionView(String title, List<DossierPageImpl.PartView> parts) implements Section {
        @Override public String getTitle() { return title; }
        @Override public List<DossierPageImpl.PartView> getParts() { return parts; }
    }
}
