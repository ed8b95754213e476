package fr.lillemetropole.bnm.internal.instruction;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.time.Instant;
import java.util.Calendar;
import java.util.List;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;
import fr.lillemetropole.bnm.api.instruction.Entry;
import fr.lillemetropole.bnm.api.instruction.FieldChange;
import fr.lillemetropole.bnm.api.instruction.Filing;
import fr.lillemetropole.bnm.api.instruction.Instruction;
import fr.lillemetropole.bnm.api.instruction.QueueItem;
import fr.lillemetropole.bnm.api.instruction.QueuePage;
import fr.lillemetropole.bnm.api.instruction.QueueQuery;
import fr.lillemetropole.bnm.api.instruction.StatusChange;
import fr.lillemetropole.bnm.api.instruction.TransitionException;
import fr.lillemetropole.bnm.internal.dossier.DossierEventListener;
import fr.lillemetropole.bnm.internal.dossier.DossierEvents;
import fr.lillemetropole.bnm.internal.dossier.JcrWorkflow;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/**
 * {@link Instruction}: the caller's session proves it is a MEL instructor and may read the dossier;
 * the bnm-workflow service writes the move and its journal entry in one commit. Two instructors acting
 * at once: Oak refuses the second commit, answered 409.
 */
@Component(service = Instruction.class)
public class InstructionImpl implements Instruction {

    private static final int MAX_TEXT = 4000;

    @Reference
    private ServiceSessions services;

    @Reference
    private DossierEvents events;

    /** Sling's i18n: the dictionary's status labels in French messages. */
    @Reference
    private org.apache.sling.i18n.ResourceBundleProvider i18n;

    public InstructionImpl() {
        // OSGi
    }

    /** Outside OSGi (tests). */
    public InstructionImpl(ServiceSessions services, DossierEvents events,
            org.apache.sling.i18n.ResourceBundleProvider i18n) {
        this.services = services;
        this.events = events;
        this.i18n = i18n;
    }

    private java.util.ResourceBundle labels() {
        return i18n.getResourceBundle(java.util.Locale.FRENCH);
    }

    @Override
    public QueuePage queue(Session caller, String campaign, QueueQuery query) throws ForbiddenException,
            NotFoundException, RepositoryException {
        Staff.requireStaff(caller);
        Staff.requireCampaign(caller, campaign);
        return ReviewQueue.page(caller, campaign, query);
    }

    @Override
    public StatusChange transition(Session caller, String campaign, String tenant, String to, String comment,
            String ifMatch) throws InvalidRequestException, ConflictException, PreconditionException,
            ForbiddenException, NotFoundException, RepositoryException {
        Staff.requireInstructor(caller);
        Staff.dossier(caller, campaign, tenant);
        DossierStatus target = Transitions.target(to);
        String text = Transitions.comment(target, comment, labels());
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(JcrWorkflow.path(tenant, campaign));
            String etag = "\"" + dossier.getProperty(JcrNames.REVISION).getLong() + "\"";
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals(etag)) {
                throw new PreconditionException(412, etag, "Le dossier a changé depuis que vous l'avez ouvert "
                        + "(un autre instructeur ou la commune) : rechargez-le avant d'agir.");
            }
            DossierStatus from = DossierStatus.of(dossier.getProperty(JcrNames.STATUS).getString());
            Transitions.require(from, target, labels());
            JcrWorkflow.setStatus(dossier, target.code(), caller.getUserID(), null);
            dossier.setProperty(JcrNames.REVISION, dossier.getProperty(JcrNames.REVISION).getLong() + 1);
            dossier.setProperty(JcrNames.STATUS_CHANGED_AT, Calendar.getInstance());
            dossier.setProperty(JcrNames.STATUS_COMMENT, text);
            Node entry = JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.transition",
                    List.of(), from.code(), target.code());
            if (text != null) {
                entry.setProperty(JcrNames.COMMENT, text);
            }
            commit(session);
            caller.refresh(false);
            Transitions.event(target).ifPresent(event -> events.fire(tenant, campaign, event, text, null));
            return new StatusChange(tenant, campaign, from.code(), target.code(), text, Instant.now().toString(),
                    "\"" + dossier.getProperty(JcrNames.REVISION).getLong() + "\"",
                    target.next().stream().filter(Transitions::byInstructor).map(DossierStatus::code).sorted().toList());
        }
    }

    @Override
    public QueueItem assignToMe(Session caller, String campaign, String tenant) throws ConflictException,
            ForbiddenException, NotFoundException, RepositoryException {
        Staff.requireInstructor(caller);
        Staff.dossier(caller, campaign, tenant);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(JcrWorkflow.path(tenant, campaign));
            dossier.setProperty(JcrNames.ASSIGNED_TO, caller.getUserID());
            dossier.setProperty(JcrNames.ASSIGNED_NAME, Profiles.displayName(caller));
            JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.assign", List.of(), null, null);
            commit(session);
        }
        caller.refresh(false);
        return ReviewQueue.item(caller.getNode(JcrWorkflow.path(tenant, campaign)));
    }

    @Override
    public void reopen(Session caller, String campaign, String tenant, String deadline, String comment)
            throws InvalidRequestException, ConflictException, ForbiddenException, NotFoundException,
            RepositoryException {
        Staff.requireInstructor(caller);
        Staff.dossier(caller, campaign, tenant);
        Calendar until = Transitions.deadline(deadline);
        String text = Transitions.required(comment, "/comment", "Indiquez pourquoi le dossier reçoit un délai.");
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node dossier = session.getNode(JcrWorkflow.path(tenant, campaign));
            if (!DossierStatus.of(dossier.getProperty(JcrNames.STATUS).getString()).editable()) {
                throw new ConflictException("", "Le dossier est déjà déposé : il n'a pas besoin d'un délai.");
            }
            dossier.setProperty(JcrNames.DEADLINE, until);
            dossier.setProperty(JcrNames.STATUS_COMMENT, text);
            JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.reopen", List.of(), null, null)
                    .setProperty(JcrNames.COMMENT, text + " (délai : " + FrenchDates.format(until.toInstant()) + ")");
            commit(session);
        }
        caller.refresh(false);
        events.fire(tenant, campaign, DossierEventListener.Event.REOPENED, text, null);
    }

    @Override
    public List<Entry> notes(Session caller, String campaign, String tenant) throws ForbiddenException,
            NotFoundException, RepositoryException {
        Staff.requireStaff(caller);
        Staff.dossier(caller, campaign, tenant);
        return Entries.read(caller, Entries.notesPath(tenant, campaign));
    }

    @Override
    public Entry addNote(Session caller, String campaign, String tenant, String text) throws InvalidRequestException,
            ForbiddenException, NotFoundException, RepositoryException {
        Staff.requireInstructor(caller);
        Staff.dossier(caller, campaign, tenant);
        String note = Transitions.required(limit(text), "/text", "Écrivez la note.");
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            Entry entry = Entries.addNote(handle.session(), tenant, campaign, caller.getUserID(),
                    Profiles.displayName(caller), note);
            commitQuietly(handle.session());
            return entry;
        }
    }

    @Override
    public List<Entry> messages(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        return Entries.read(caller, Staff.dossier(caller, campaign, tenant).getPath() + "/messages");
    }

    @Override
    public Entry addMessage(Session caller, String campaign, String tenant, String text)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException {
        Staff.requireInstructor(caller);
        Staff.dossier(caller, campaign, tenant);
        String message = Transitions.required(limit(text), "/text", "Écrivez le message à la commune.");
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.WORKFLOW)) {
            Session session = handle.session();
            Node node = JcrWorkflow.addEntry(session.getNode(JcrWorkflow.path(tenant, campaign)), "messages",
                    "message", caller.getUserID(), Profiles.displayName(caller), message);
            JcrWorkflow.journal(session, tenant, campaign, caller.getUserID(), "dossier.message", List.of(), null, null);
            commitQuietly(session);
            caller.refresh(false);
            return Entries.entry(node);
        }
    }

    @Override
    public List<Filing> filings(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException {
        return Filings.list(Staff.dossier(caller, campaign, tenant));
    }

    @Override
    public JsonNode filedVersion(Session caller, String campaign, String tenant, int number)
            throws NotFoundException, RepositoryException {
        return Filings.document(Staff.dossier(caller, campaign, tenant), number);
    }

    @Override
    public List<FieldChange> changesSincePreviousFiling(Session caller, String campaign, String tenant)
            throws NotFoundException, RepositoryException {
        return Filings.changes(Staff.dossier(caller, campaign, tenant));
    }

    private static String limit(String text) throws InvalidRequestException {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidRequestException(FieldError.schema("/text", "Le texte dépasse " + MAX_TEXT
                    + " caractères."));
        }
        return text;
    }

    private static void commit(Session session) throws ConflictException, RepositoryException {
        try {
            session.save();
        } catch (InvalidItemStateException e) {
            session.refresh(false);
            throw new ConflictException("", "Un autre instructeur a agi sur ce dossier au même moment : rechargez-le "
                    + "pour voir son statut.");
        }
    }

    private static void commitQuietly(Session session) throws RepositoryException {
        try {
            commit(session);
        } catch (ConflictException e) {
            throw new RepositoryException(e.getMessage(), e);
        }
    }

    static String tenantPath(String tenant) {
        return BnmPaths.tenant(tenant);
    }
}
