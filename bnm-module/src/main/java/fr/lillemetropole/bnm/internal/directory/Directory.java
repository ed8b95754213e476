package fr.lillemetropole.bnm.internal.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.dossier.DossierEventListener;
import fr.lillemetropole.bnm.internal.repository.BackgroundTask;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * The public partner-library directory: a projection of accepted dossiers into /content/bnm/bibliotheques,
 * rebuilt on every dossier decision and at start-up (a missed event heals), and the editors' corrections kept
 * apart in /var/bnm/directory. Everybody reads the projection with their own session; only bnm-directory
 * writes it.
 */
@Component(service = {Directory.class, DossierEventListener.class})
public class Directory implements DossierEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(Directory.class);
    static final int DESCRIPTION_MAX = 2000;
    /** What {@link LibraryExtract#slug} makes: nothing else is looked up. */
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,89}");
    private static final String UNKNOWN = "Cette bibliothèque n'est pas dans l'annuaire.";

    @Reference
    private ServiceSessions sessions;

    public Directory() {
        // OSGi
    }

    /** Outside OSGi (tests). */
    public Directory(ServiceSessions sessions) {
        this.sessions = sessions;
    }

    @Activate
    void activate() {
        BackgroundTask.start("directory-reconciliation", this::reconcile);
    }

    /** Rebuilds the projection from every accepted dossier; answers whether anything changed. */
    public synchronized boolean reconcile() throws RepositoryException {
        try (ServiceSessions.Handle service = sessions.open(ServiceSessions.DIRECTORY)) {
            return Projection.sync(service.session());
        }
    }

    @Override
    public void dossierEvent(String tenant, String campaign, Event event, String comment, String receiptSha256) {
        if (event == Event.FILED || event == Event.IN_REVIEW) {
            return;
        }
        try {
            reconcile();
        } catch (RepositoryException e) {
            LOG.error("The directory could not follow {} of {} {}; the next start-up heals it", event, tenant,
                    campaign, e);
        }
    }

    /** The public directory as the caller's session reads it, with its date. */
    public static Snapshot read(Session caller) throws RepositoryException {
        List<PublicLibrary> libraries = new ArrayList<>();
        Instant updatedAt = Instant.EPOCH;
        if (caller.nodeExists(Projection.ROOT)) {
            Node root = caller.getNode(Projection.ROOT);
            if (root.hasProperty(JcrNames.UPDATED_AT)) {
                updatedAt = root.getProperty(JcrNames.UPDATED_AT).getDate().toInstant();
            }
            for (Node child : Projection.children(root)) {
                if (child.isNodeType(JcrNames.PARTNER_LIBRARY_TYPE)) {
                    libraries.add(LibraryNodes.read(child));
                }
            }
        }
        return new Snapshot(updatedAt, libraries);
    }

    /** One library's public node. */
    public static PublicLibrary library(Node node) throws RepositoryException {
        return LibraryNodes.read(node);
    }

    /** The directory at one moment: its date (the last change) and its libraries. */
    public record Snapshot(Instant updatedAt, List<PublicLibrary> libraries) {

        public long communeCount() {
            return libraries.stream().map(PublicLibrary::commune).distinct().count();
        }
    }

    /** A library editors hid: what its correction remembers of it. */
    public record Hidden(String slug, String name, String commune) {}

    /** The libraries editors hid, for MEL editors and admins (empty for anyone else: the ACL). */
    public static List<Hidden> hidden(Session caller) throws RepositoryException {
        List<Hidden> hidden = new ArrayList<>();
        if (!caller.nodeExists(Projection.CORRECTIONS)) {
            return hidden;
        }
        for (Node correction : Projection.children(caller.getNode(Projection.CORRECTIONS))) {
            if (correction.hasProperty(JcrNames.LIB_HIDDEN) && correction.getProperty(JcrNames.LIB_HIDDEN).getBoolean()) {
                hidden.add(new Hidden(correction.getName(), Projection.string(correction, JcrNames.NAME),
                        Projection.string(correction, JcrNames.LIB_COMMUNE)));
            }
        }
        return hidden;
    }

    /** Whether the caller may correct the directory: a MEL editor or admin. */
    public static boolean mayCorrect(Session caller) throws RepositoryException {
        return Roles.callerIn(caller, BnmPaths.GROUP_EDITORS) || Roles.callerIn(caller, BnmPaths.GROUP_ADMINS);
    }

    /**
     * An editor's correction: hides or shows the library again, and sets its public description (null keeps it,
     * blank removes it). The filed dossier is never touched; the correction outlives a new acceptance.
     */
    public synchronized void correct(Session caller, String slug, Boolean hidden, String description)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        if (!mayCorrect(caller)) {
            throw new ForbiddenException("Seuls les éditeurs et les administrateurs de la MEL corrigent l'annuaire.");
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new InvalidRequestException(FieldError.schema("/description", "La description publique ne doit pas "
                    + "dépasser " + DESCRIPTION_MAX + " caractères."));
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new NotFoundException(UNKNOWN);
        }
        try (ServiceSessions.Handle handle = sessions.open(ServiceSessions.DIRECTORY)) {
            Session service = handle.session();
            String published = Projection.ROOT + "/" + slug;
            String kept = Projection.CORRECTIONS + "/" + slug;
            if (!service.nodeExists(published) && !service.nodeExists(kept)) {
                throw new NotFoundException(UNKNOWN);
            }
            Node correction = service.nodeExists(kept) ? service.getNode(kept)
                    : service.getNode(Projection.CORRECTIONS).addNode(slug, "nt:unstructured");
            if (service.nodeExists(published)) {
                Node library = service.getNode(published);
                correction.setProperty(JcrNames.NAME, Projection.string(library, JcrNames.NAME));
                correction.setProperty(JcrNames.LIB_COMMUNE, Projection.string(library, JcrNames.LIB_COMMUNE));
            }
            if (hidden != null) {
                correction.setProperty(JcrNames.LIB_HIDDEN, hidden);
            }
            if (description != null) {
                correction.setProperty(Property.JCR_DESCRIPTION, description.isBlank() ? null : description.strip());
            }
            correction.setProperty(JcrNames.UPDATED_AT, Calendar.getInstance());
            correction.setProperty(JcrNames.UPDATED_BY, caller.getUserID());
            service.save();
            Projection.sync(service);
        }
    }
}
