package fr.lillemetropole.bnm.internal.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.annotation.PostConstruct;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.form.FormSections;
import fr.lillemetropole.bnm.internal.web.DossierFlash;
import fr.lillemetropole.bnm.models.DossierPage;

/** The dossier pages, read in the caller's session (another commune's dossier is simply not found). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = DossierPage.class)
public class DossierPageImpl implements DossierPage {

    private static final Logger LOG = LoggerFactory.getLogger(DossierPageImpl.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Dossiers dossiers;

    @OSGiService
    private Accounts accounts;

    private boolean found;
    private String campaign;
    private String tenant;
    private String tenantName;
    private String status = "draft";
    private String etag = "";
    private String filedLabel;
    private String receiptSha256;
    private String signatureLabel;
    private boolean signatureValid;
    private boolean canSign;
    private boolean canWrite;
    private String link;
    private final List<SectionView> sections = new ArrayList<>();
    private SectionView current;
    private final List<PartView> parts = new ArrayList<>();
    private int completeness;
    private String conflict;

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            Me me = accounts.me(session);
            campaign = param("c", firstCampaign(session));
            tenant = param("t", me.tenants().isEmpty() ? null : me.tenants().get(0));
            if (campaign == null || tenant == null || !session.nodeExists(BnmPaths.campaign(campaign))
                    || !session.nodeExists(BnmPaths.tenant(tenant))) {
                return;
            }
            found = true;
            tenantName = session.getNode(BnmPaths.tenant(tenant)).getProperty("bnm:name").getString();
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
            Signature signature = dossiers.signature(session, campaign, tenant);
            signatureValid = signature != null && signature.valid();
            signatureLabel = signature == null ? "Pas encore signé par l'élu référent."
                    : signature.valid() ? "Validé et signé par " + signature.name() + " le " + date(signature.signedAt()) + "."
                    : "La signature de " + signature.name() + " ne vaut plus : le dossier a changé depuis.";
        } catch (NotFoundException e) {
            document = dossiers.blank(campaign);
            signatureLabel = "Pas encore signé par l'élu référent.";
        }
        List<FieldError> errors = dossiers.check(document);
        String sectionId = request.getParameter("s");
        DossierFlash flash = sectionId == null ? null : DossierFlash.take(request, campaign, tenant, sectionId);
        for (FormSections.Section section : FormSections.of(document)) {
            SectionView view = new SectionView(section, link, errors);
            sections.add(view);
            if (section.id().equals(sectionId)) {
                current = view;
            }
        }
        completeness = (int) Math.round(100.0 * sections.stream().filter(SectionView::isComplete).count()
                / sections.size());
        if (current != null) {
            ObjectNode shown = document;
            List<FieldError> shownErrors = current.errors;
            if (flash != null) {
                try {
                    shown = (ObjectNode) JSON.readTree(flash.document());
                } catch (java.io.IOException e) {
                    shown = document;
                }
                shownErrors = flash.fieldErrors();
                conflict = flash.conflict();
            }
            FormFields fields = new FormFields(DossierSchema.get());
            for (String part : current.section.parts()) {
                JsonNode s = fields.schemaAt(part);
                String title = part.startsWith("/libraries/") ? current.getTitle() : s.path("title").asText(part);
                parts.add(new PartView(title, s.path("description").asText(null), fields.of(shown, part, shownErrors)));
            }
        }
    }

    private void readFiling(Session session) throws RepositoryException {
        Node dossier = session.getNode(BnmPaths.tenant(tenant) + "/dossiers/" + campaign);
        if (dossier.hasProperty("bnm:submittedAt")) {
            filedLabel = "Déposé le " + format(dossier.getProperty("bnm:submittedAt").getDate().getTime()) + " par "
                    + dossier.getProperty("bnm:submittedBy").getString();
            receiptSha256 = dossier.getProperty("bnm:receiptSha256").getString();
        }
    }

    private static String firstCampaign(Session session) throws RepositoryException {
        if (!session.nodeExists(BnmPaths.CAMPAIGNS)) {
            return null;
        }
        for (NodeIterator it = session.getNode(BnmPaths.CAMPAIGNS).getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType("bnm:Campaign")) {
                return node.getName();
            }
        }
        return null;
    }

    private String param(String name, String fallback) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() || value.contains("/") ? fallback : value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String format(java.util.Date date) {
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);
        format.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        return format.format(date);
    }

    private static String date(String instant) {
        return format(java.util.Date.from(java.time.Instant.parse(instant)));
    }

    @Override public boolean isFound() { return found; }
    @Override public String getCampaign() { return campaign; }
    @Override public String getTenant() { return tenant; }
    @Override public String getTenantName() { return tenantName; }
    @Override public String getStatus() { return status; }
    @Override public String getStatusLabel() { return fr.lillemetropole.bnm.api.dossier.DossierStatus.labelOf(status); }
    /** The commune's own accounts, while the dossier is a draft or returned for correction. */
    @Override public boolean isEditable() { return canWrite && ("draft".equals(status) || "returned".equals(status)); }
    @Override public String getEtag() { return etag; }
    @Override public String getFiledLabel() { return filedLabel; }
    @Override public String getReceiptSha256() { return receiptSha256; }
    @Override public String getSignatureLabel() { return signatureLabel; }
    @Override public boolean isSignatureValid() { return signatureValid; }
    @Override public boolean isCanSign() { return canSign; }
    @Override public List<SectionView> getSections() { return sections; }
    @Override public int getCompleteness() { return completeness; }

    @Override
    public List<LibraryView> getLibraries() {
        List<SectionView> libraries = sections.stream().filter(s -> s.getId().startsWith("library-")).toList();
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
    @Override public SectionView getCurrent() { return current; }
    @Override public List<PartView> getParts() { return parts; }
    @Override public String getLink() { return link; }
    @Override public String getOk() { return request.getParameter("ok"); }
    @Override public String getError() { return request.getParameter("erreur"); }
    @Override public String getConflict() { return conflict; }

    @Override
    public String getApiUrl() {
        return "/bnm/api/v1/campaigns/" + campaign + "/dossiers/" + tenant;
    }

    @Override
    public SectionView getPrevious() {
        int index = sections.indexOf(current);
        return index > 0 ? sections.get(index - 1) : null;
    }

    @Override
    public SectionView getNext() {
        int index = sections.indexOf(current);
        return index >= 0 && index < sections.size() - 1 ? sections.get(index + 1) : null;
    }

    /** A section and what is missing in it. */
    public static final class SectionView implements SectionItem {
        final FormSections.Section section;
        final List<FieldError> errors = new ArrayList<>();
        private final List<MissingView> missing = new ArrayList<>();
        private final String url;

        SectionView(FormSections.Section section, String link, List<FieldError> all) {
            this.section = section;
            this.url = link + "&s=" + section.id();
            for (FieldError error : all) {
                if (FormSections.sectionOf(error.pointer()).equals(section.id())) {
                    errors.add(error);
                    missing.add(new MissingView(error.rule(), error.message(),
                            url + "#f" + error.pointer().replace('/', '-')));
                }
            }
        }

        @Override public String getId() { return section.id(); }
        @Override public String getTitle() { return section.title(); }
        @Override public boolean isComplete() { return errors.isEmpty(); }
        @Override public String getUrl() { return url; }
        @Override public List<MissingView> getMissing() { return missing; }
    }

    /** Something missing. */
    public record MissingView(String rule, String message, String url) implements Missing {
        @Override public String getRule() { return rule; }
        @Override public String getMessage() { return message; }
        @Override public String getUrl() { return url; }
    }

    /** A titled block of fields. */
    public record PartView(String title, String help, List<FieldView> fields) implements FormPart {
        @Override public String getTitle() { return title; }
        @Override public String getHelp() { return help; }
        @Override public List<FieldView> getFields() { return fields; }
    }
}
