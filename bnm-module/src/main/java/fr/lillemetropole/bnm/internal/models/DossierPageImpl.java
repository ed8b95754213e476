package fr.lillemetropole.bnm.internal.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
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
import fr.lillemetropole.bnm.internal.campaign.CampaignOpening;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FieldConditions;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.Completeness;
import fr.lillemetropole.bnm.internal.dossier.DossierSections;
import fr.lillemetropole.bnm.internal.dossier.PendingInput;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.DossierPage;

/** The dossier pages, read in the caller's session (another commune's dossier is simply not found). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = DossierPage.class)
public class DossierPageImpl implements DossierPage {

    private static final Logger LOG = LoggerFactory.getLogger(DossierPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Dossiers dossiers;

    @OSGiService
    private Accounts accounts;

    @OSGiService
    private fr.lillemetropole.bnm.api.instruction.Instruction instruction;

    private String statusComment;
    private String previousCampaign;
    private final List<InstructionReviewImpl.ItemView> messages = new ArrayList<>();
    private final List<InstructionReviewImpl.ItemView> filings = new ArrayList<>();

    private boolean found;
    private String campaign;
    private String tenant;
    private String tenantName;
    private String campaignTitle;
    private String status = "draft";
    private String etag = "";
    private String filedLabel;
    private String receiptSha256;
    private String signatureLabel;
    private boolean signatureValid;
    private boolean canSign;
    private boolean canWrite;
    private String link;
    private final List<DossierSectionView> sections = new ArrayList<>();
    private final List<DossierSectionView> pages = new ArrayList<>();
    private DossierSectionView current;
    private int pendingCount;
    private final List<PartView> parts = new ArrayList<>();
    private int completeness;

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            Me me = accounts.me(session);
            campaign = param("c", CampaignOpening.latest(session));
            tenant = param("t", me.tenants().isEmpty() ? null : me.tenants().get(0));
            if (campaign == null || tenant == null || !session.nodeExists(BnmPaths.campaign(campaign))
                    || !session.nodeExists(BnmPaths.tenant(tenant))) {
                return;
            }
            found = true;
            tenantName = session.getNode(BnmPaths.tenant(tenant)).getProperty(JcrNames.NAME).getString();
            Node campaignNode = session.getNode(BnmPaths.campaign(campaign));
            campaignTitle = campaignNode.hasProperty("jcr:title") ? campaignNode.getProperty("jcr:title").getString()
                    : campaign;
            canSign = dossiers.canSign(session, campaign, tenant);
            canWrite = dossiers.canEdit(session, campaign, tenant);
            link = request.getResource().getPath() + ".html?c=" + encode(campaign) + "&t=" + encode(tenant);
            load(session);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("Cannot show the dossier {} of {}", campaign, tenant, e);
            found = false;
        }
    }

    private void load(Session session) throws RepositoryException {
        ObjectNode document;
        try {
            DossierVersion version = dossiers.get(session, campaign, tenant);
            document = version.document();
            etag = version.etag();
            status = version.status();
            readFiling(session);
            readInstruction(session);
            Signature signature = dossiers.signature(session, campaign, tenant);
            signatureValid = signature != null && signature.valid();
            signatureLabel = signature == null ? text("bnm.dossier.unsigned")
                    : signature.valid() ? text("bnm.dossier.signed").replace("{0}", signature.name())
                            .replace("{1}", date(signature.signedAt()))
                    : text("bnm.dossier.signature.void").replace("{0}", signature.name());
        } catch (NotFoundException e) {
            document = dossiers.blank(campaign);
            previousCampaign = canWrite ? dossiers.previousFiled(session, campaign, tenant) : null;
            signatureLabel = text("bnm.dossier.unsigned");
        }
        PendingInput pending = PendingInput.of(dossiers.pending(session, campaign, tenant));
        pendingCount = pending.values().size();
        List<FieldError> errors = new ArrayList<>();
        Completeness.report(pending.over(dossiers.check(document))).values().forEach(r -> errors.addAll(r.errors()));
        String sectionId = request.getParameter("s");
        for (DossierSections.Section section : DossierSections.of(document)) {
            if (section.library() == 0) {
                sections.add(DossierSectionView.libraries(text("bnm.section.libraries"), link, errors));
            }
            DossierSectionView view = new DossierSectionView(section, section.title(bundle()), link, errors);
            sections.add(view);
            pages.add(view);
            if (section.id().equals(sectionId)) {
                current = view;
            }
        }
        completeness = (int) Math.round(100.0 * sections.stream().filter(DossierSectionView::isComplete).count()
                / sections.size());
        if (current != null) {
            ObjectNode shown = pending.overlay(document);
            FormFields fields = new FormFields(DossierSchema.get(), bundle());
            List<FieldView> all = new ArrayList<>();
            for (String part : current.section.parts()) {
                JsonNode s = fields.schemaAt(part);
                String title = part.startsWith("/libraries/") ? current.getTitle() : s.path("title").asText(part);
                List<FieldView> views = fields.of(shown, part, current.errors);
                all.addAll(views);
                parts.add(new PartView(title, s.path("description").asText(null), views));
            }
            FieldConditions.apply(all);
        }
    }

    private java.util.ResourceBundle bundle() {
        return Texts.french(request);
    }

    private String text(String key) {
        return Texts.get(bundle(), key);
    }

    private void readFiling(Session session) throws RepositoryException {
        Node dossier = session.getNode(BnmPaths.tenant(tenant) + "/dossiers/" + campaign);
        if (dossier.hasProperty(JcrNames.SUBMITTED_AT)) {
            filedLabel = text("bnm.dossier.filed").replace("{0}", format(dossier.getProperty(JcrNames.SUBMITTED_AT)
                    .getDate().getTime())).replace("{1}", dossier.hasProperty(JcrNames.SUBMITTED_BY_NAME)
                    ? dossier.getProperty(JcrNames.SUBMITTED_BY_NAME).getString()
                    : dossier.getProperty(JcrNames.SUBMITTED_BY).getString());
            receiptSha256 = dossier.getProperty(JcrNames.RECEIPT_SHA256).getString();
        }
    }

    private void readInstruction(Session session) throws RepositoryException, NotFoundException {
        Node dossier = session.getNode(BnmPaths.tenant(tenant) + "/dossiers/" + campaign);
        statusComment = dossier.hasProperty(JcrNames.STATUS_COMMENT) ? dossier.getProperty(JcrNames.STATUS_COMMENT).getString()
                : null;
        for (fr.lillemetropole.bnm.api.instruction.Entry entry : instruction.messages(session, campaign, tenant)) {
            messages.add(new InstructionReviewImpl.ItemView(FrenchDates.format(entry.at()), entry.authorName(),
                    entry.text(), null));
        }
        for (fr.lillemetropole.bnm.api.instruction.Filing filing : instruction.filings(session, campaign, tenant)) {
            filings.add(new InstructionReviewImpl.ItemView(FrenchDates.format(filing.at()), filing.byName(),
                    "n° " + filing.number() + " — SHA-256 " + filing.sha256(), getApiUrl() + "/filings/"
                    + filing.number()));
        }
    }

    private String param(String name, String fallback) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() || value.contains("/") ? fallback : value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String format(java.util.Date date) {
        return FrenchDates.format(date.toInstant());
    }

    private static String date(String instant) {
        return FrenchDates.format(instant);
    }

    @Override public boolean isFound() { return found; }
    @Override public String getCampaign() { return campaign; }
    @Override public String getCampaignTitle() { return campaignTitle; }
    @Override public String getTenant() { return tenant; }
    @Override public String getTenantName() { return tenantName; }
    @Override public String getStatus() { return status; }
    @Override public String getStatusLabel() { return Labels.status(bundle(), status); }
    /** The service's answer: the commune's own accounts, while the dossier is a draft or returned for correction. */
    @Override public boolean isEditable() { return canWrite; }
    @Override public boolean isCanSubmit() { return canWrite; }
    @Override public int getPendingCount() { return pendingCount; }
    @Override public String getStatusComment() { return statusComment; }
    @Override public String getPreviousCampaign() { return previousCampaign; }
    @Override public List<InstructionReviewImpl.ItemView> getMessages() { return messages; }
    @Override public List<InstructionReviewImpl.ItemView> getFilings() { return filings; }
    @Override public String getEtag() { return etag; }
    @Override public String getFiledLabel() { return filedLabel; }
    @Override public String getReceiptSha256() { return receiptSha256; }
    @Override public String getSignatureLabel() { return signatureLabel; }
    @Override public boolean isSignatureValid() { return signatureValid; }
    @Override public boolean isCanSign() { return canSign; }
    @Override public List<DossierSectionView> getSections() { return sections; }
    @Override public int getCompleteness() { return completeness; }

    @Override
    public List<LibraryView> getLibraries() {
        List<DossierSectionView> libraries = pages.stream().filter(s -> s.section.library() >= 0).toList();
        List<LibraryView> views = new ArrayList<>();
        for (int i = 0; i < libraries.size(); i++) {
            views.add(new LibraryView(i, libraries.get(i).getTitle(), libraries.get(i).getUrl(), i == 0,
                    i == libraries.size() - 1));
        }
        return views;
    }

    /** A library of VOLET 1. */
    public record LibraryView(int index, String title, String url, boolean first, boolean last) implements LibraryItem {
        @Override public int getIndex() { return index; }
        @Override public String getTitle() { return title; }
        @Override public String getUrl() { return url; }
        @Override public boolean isFirst() { return first; }
        @Override public boolean isLast() { return last; }
    }
    @Override public DossierSectionView getCurrent() { return current; }
    @Override public List<PartView> getParts() { return parts; }
    @Override public String getLink() { return link; }
    @Override public String getOk() { return Flash.text(request, Flash.Kind.OK); }
    @Override public String getError() { return Flash.text(request, Flash.Kind.ERROR); }

    @Override
    public String getApiUrl() {
        return "/bnm/api/v1/campaigns/" + campaign + "/dossiers/" + tenant;
    }

    @Override
    public DossierSectionView getPrevious() {
        int index = pages.indexOf(current);
        return index > 0 ? pages.get(index - 1) : null;
    }

    @Override
    public DossierSectionView getNext() {
        int index = pages.indexOf(current);
        return index >= 0 && index < pages.size() - 1 ? pages.get(index + 1) : null;
    }

    /** A titled block of fields. */
    public record PartView(String title, String help, List<FieldView> fields) implements FormPart {
        @Override public String getTitle() { return title; }
        @Override public String getHelp() { return help; }
        @Override public List<FieldView> getFields() { return fields; }
    }
}
