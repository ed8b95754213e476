package fr.lillemetropole.bnm.internal.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.TenantRole;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.dossier.DossierSummary;
import fr.lillemetropole.bnm.api.dossier.DossierVersion;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.dossier.IncompleteException;
import fr.lillemetropole.bnm.api.dossier.PendingValue;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.dossier.Receipt;
import fr.lillemetropole.bnm.api.dossier.ReceiptCheck;
import fr.lillemetropole.bnm.api.dossier.SaveResult;
import fr.lillemetropole.bnm.api.dossier.SectionReport;
import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.api.dossier.StatusReport;
import fr.lillemetropole.bnm.internal.dossier.rules.DossierRules;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * {@link Dossiers}: reads in the caller's own session (the repository shows it only what it may see);
 * writes in the bnm-workflow service user's session, once the caller's session proved its right.
 */
@Component(service = Dossiers.class)
public class DossiersImpl implements Dossiers {

    private static final String LIST_QUERY = "SELECT * FROM [" + JcrNames.DOSSIER_TYPE + "] AS d WHERE d.["
            + JcrNames.CAMPAIGN + "] = $campaign";

    private final DossierSchema schema = DossierSchema.get();
    private final SchemaValidator validator = new SchemaValidator(schema);
    private final Normalizer normalizer = new Normalizer(schema);
    private final DossierJcr mapping = new DossierJcr(schema);
    private final DossierDrafts drafts;
    private final DossierFiling filing;

    @Reference
    private ServiceSessions services;

    @Reference
    private DossierEvents events;

    public DossiersImpl() {
        this.drafts = new DossierDrafts(this, () -> services, validator, normalizer, mapping);
        this.filing = new DossierFiling(this, () -> services, () -> events, java.time.Clock.systemUTC());
    }

    /** Outside OSGi (tests). */
    public DossiersImpl(ServiceSessions services) {
        this(services, new DossierEvents());
    }

    /** Outside OSGi (tests), with the listeners to tell. */
    public DossiersImpl(ServiceSessions services, DossierEvents events) {
        this();
        this.services = services;
        this.events = events;
    }

    @Override
    public List<DossierSummary> list(Session caller, String campaign) throws NotFoundException, RepositoryException {
        DossierAccess.requireCampaign(caller, campaign);
        Query query = caller.getWorkspace().getQueryManager().createQuery(LIST_QUERY, Query.JCR_SQL2);
        query.bindValue("campaign", caller.getValueFactory().createValue(campaign));
        List<DossierSummary> dossiers = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node dossier = nodes.nextNode();
            dossiers.add(new DossierSummary(dossier.getProperty(JcrNames.TENANT).getString(),
                    dossier.getProperty(JcrNames.STATUS).getString(), updatedAt(dossier),
                    dossier.hasProperty(JcrNames.COMPLETENESS) ? (int) dossier.getProperty(JcrNames.COMPLETENESS).getLong() : 0));
        }
        dossiers.sort(java.util.Comparator.comparing(DossierSummary::tenant));
        return dossiers;
    }

    @Override
    public DossierVersion get(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException {
        Node dossier = DossierAccess.dossier(caller, campaign, tenant);
        return new DossierVersion(read(dossier), etag(dossier), dossier.getProperty(JcrNames.STATUS).getString());
    }

    @Override
    public SaveResult save(Session caller, String campaign, String tenant, JsonNode document, String ifMatch)
            throws InvalidRequestException, PreconditionException, ConflictException, NotFoundException,
            ForbiddenException, RepositoryException {
        return drafts.save(caller, campaign, tenant, document, ifMatch);
    }

    @Override
    public SaveResult saveDraft(Session caller, String campaign, String tenant, ObjectNode document, List<String> scope,
            String ifMatch) throws InvalidRequestException, PreconditionException, ConflictException,
            NotFoundException, ForbiddenException, RepositoryException {
        return drafts.saveDraft(caller, campaign, tenant, document, scope, ifMatch);
    }

    @Override
    public List<PendingValue> pending(Session caller, String campaign, String tenant) throws RepositoryException {
        return drafts.pending(caller, campaign, tenant);
    }

    @Override
    public SaveResult addLibrary(Session caller, String campaign, String tenant, String ifMatch) throws Exception {
        return drafts.addLibrary(caller, campaign, tenant, ifMatch);
    }

    @Override
    public SaveResult removeLibrary(Session caller, String campaign, String tenant, int index, String ifMatch)
            throws Exception {
        return drafts.removeLibrary(caller, campaign, tenant, index, ifMatch);
    }

    @Override
    public SaveResult moveLibrary(Session caller, String campaign, String tenant, int index, int offset,
            String ifMatch) throws Exception {
        return drafts.moveLibrary(caller, campaign, tenant, index, offset, ifMatch);
    }

    @Override
    public SaveResult importDocument(Session caller, String campaign, String tenant, JsonNode document)
            throws Exception {
        return drafts.importDocument(caller, campaign, tenant, document);
    }

    @Override
    public SaveResult startFromPrevious(Session caller, String campaign, String tenant) throws Exception {
        DossierAccess.requireCampaign(caller, campaign);
        DossierAccess.requireTenant(caller, tenant);
        if (caller.nodeExists(JcrWorkflow.path(tenant, campaign))) {
            throw new ConflictException("", "Le dossier de cette campagne est déjà commencé.");
        }
        String previous = previousFiled(caller, campaign, tenant);
        if (previous == null) {
            throw new NotFoundException("Aucun dossier déposé lors d'une campagne précédente.");
        }
        ObjectNode last = lastFiling(caller.getNode(JcrWorkflow.path(tenant, previous)));
        return drafts.save(caller, campaign, tenant, CarryOver.carryOver(last, campaign), null);
    }

    /** The document of the dossier's last filing, as filed. */
    private static ObjectNode lastFiling(Node dossier) throws RepositoryException {
        Node last = null;
        for (NodeIterator it = dossier.getNode("filings").getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if (last == null || Integer.parseInt(entry.getName().substring(1)) > Integer.parseInt(last.getName()
                    .substring(1))) {
                last = entry;
            }
        }
        try {
            return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(last.getProperty(
                    JcrNames.DOCUMENT).getString());
        } catch (java.io.IOException e) {
            throw new RepositoryException("unreadable filing " + last.getPath(), e);
        }
    }

    @Override
    public String previousFiled(Session caller, String campaign, String tenant) throws RepositoryException {
        String dossiers = fr.lillemetropole.bnm.api.BnmPaths.tenant(tenant) + "/dossiers";
        int year = fr.lillemetropole.bnm.internal.campaign.CampaignIds.year(campaign).orElse(Integer.MAX_VALUE);
        String best = null;
        int bestYear = Integer.MIN_VALUE;
        if (!caller.nodeExists(dossiers)) {
            return null;
        }
        for (NodeIterator it = caller.getNode(dossiers).getNodes(); it.hasNext();) {
            Node dossier = it.nextNode();
            int y = fr.lillemetropole.bnm.internal.campaign.CampaignIds.year(dossier.getName()).orElse(Integer.MIN_VALUE);
            if (y < year && y > bestYear && dossier.hasNode("filings")) {
                best = dossier.getName();
                bestYear = y;
            }
        }
        return best;
    }

    /** What is missing by section: the document's errors, and the refused values still pending. */
    Map<String, SectionReport> report(ObjectNode normal, PendingInput pending) {
        return Completeness.report(errors(normal, pending));
    }

    /** The rules' and schema's errors, a refused value replacing what a rule says of its field. */
    List<FieldError> errors(ObjectNode normal, PendingInput pending) {
        return pending.over(completenessErrors(normal));
    }

    PendingInput pendingOf(Node dossier) throws RepositoryException {
        return PendingInput.parse(dossier.hasProperty(JcrNames.PENDING) ? dossier.getProperty(JcrNames.PENDING).getString()
                : null);
    }

    @Override
    public StatusReport status(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException {
        Node dossier = DossierAccess.dossier(caller, campaign, tenant);
        ObjectNode normal = read(dossier);
        return new StatusReport(dossier.getProperty(JcrNames.STATUS).getString(), report(normal, pendingOf(dossier)), DossierRecords.history(caller, tenant, campaign));
    }




    @Override
    public Signature sign(Session caller, String campaign, String tenant)
            throws ForbiddenException, ConflictException, NotFoundException, RepositoryException {
        return filing.sign(caller, campaign, tenant);
    }

    @Override
    public Receipt submit(Session caller, String campaign, String tenant) throws IncompleteException, ConflictException,
            ForbiddenException, NotFoundException, RepositoryException {
        return filing.submit(caller, campaign, tenant);
    }

    @Override
    public ReceiptCheck verify(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        return filing.verify(caller, campaign, tenant);
    }

    @Override
    public Signature signature(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        return filing.signature(caller, campaign, tenant);
    }

    @Override
    public Receipt receipt(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        return filing.receipt(caller, campaign, tenant);
    }

    @Override
    public boolean canEdit(Session caller, String campaign, String tenant) throws RepositoryException {
        String path = JcrWorkflow.path(tenant, campaign);
        if (caller.nodeExists(path)
                && !DossierStatus.of(caller.getNode(path).getProperty(JcrNames.STATUS).getString()).editable()) {
            return false;
        }
        return caller.nodeExists(BnmPaths.tenant(tenant)) && DossierAccess.isMember(caller, tenant);
    }

    @Override
    public boolean canSign(Session caller, String campaign, String tenant) throws RepositoryException {
        return canEdit(caller, campaign, tenant) && fr.lillemetropole.bnm.internal.account.Roles.callerIn(caller,
                BnmPaths.tenantGroup(tenant, TenantRole.ELECTED));
    }



    @Override
    public List<FieldError> check(JsonNode normalDocument) {
        return completenessErrors((ObjectNode) normalDocument);
    }

    @Override
    public ObjectNode blank(String campaign) {
        ObjectNode blank = normalizer.normalize(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("schemaVersion", 1).put("campaign", campaign));
        ((com.fasterxml.jackson.databind.node.ArrayNode) blank.get("libraries")).add(blankLibrary(campaign));
        com.fasterxml.jackson.databind.node.ArrayNode objectives = blank.putArray("objectives");
        for (int i = 0; i < 3; i++) {
            objectives.add(normalizer.empty(schema.root().at("/properties/objectives/items")));
        }
        return blank;
    }

    /** A new library of VOLET 1, its data year already the campaign's year minus one. */
    public ObjectNode blankLibrary(String campaign) {
        ObjectNode library = (ObjectNode) normalizer.empty(schema.root().at("/$defs/library"));
        fr.lillemetropole.bnm.internal.campaign.CampaignIds.year(campaign)
                .ifPresent(year -> library.put("dataYear", year - 1));
        return library;
    }


    public ObjectNode read(Node dossier) throws RepositoryException {
        return mapping.read(dossier.getNode("document"));
    }

    List<FieldError> completenessErrors(ObjectNode normal) {
        List<FieldError> errors = new ArrayList<>(validator.validate(normal));
        errors.addAll(DossierRules.check(normal));
        return errors;
    }

    static String etag(Node dossier) throws RepositoryException {
        return "\"" + dossier.getProperty(JcrNames.REVISION).getLong() + "\"";
    }

    private static String updatedAt(Node dossier) throws RepositoryException {
        return dossier.hasProperty(JcrNames.UPDATED_AT) ? dossier.getProperty(JcrNames.UPDATED_AT).getDate().toInstant().toString()
                : null;
    }



}
