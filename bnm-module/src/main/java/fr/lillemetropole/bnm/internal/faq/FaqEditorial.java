package fr.lillemetropole.bnm.internal.faq;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

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
import fr.lillemetropole.bnm.internal.faq.FaqRecords.CategoryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EditorialCategory;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EditorialEntry;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EntryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.HistoryItem;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.MoveInput;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * The FAQ's editorial work, for MEL editors and admins: the caller's own session proves the role, then bnm-faq
 * writes the editorial copy (/var/bnm/editorial/faq) and, on publication, the public copy (/content/bnm/faq).
 * Editing a published entry leaves its public copy as published until it is published again.
 */
@Component(service = FaqEditorial.class)
public class FaqEditorial {

    private static final Logger AUDIT = LoggerFactory.getLogger("fr.lillemetropole.bnm.audit");
    private static final String SUPERUSER = "admin";
    private static final String UNSTRUCTURED = "nt:unstructured";

    @Reference
    private ServiceSessions services;

    public FaqEditorial() {
    }

    public FaqEditorial(ServiceSessions services) {
        this.services = services;
    }

    /** Whether the caller may edit the FAQ (MEL editor or admin). */
    public static boolean isEditor(Session caller) throws RepositoryException {
        return SUPERUSER.equals(caller.getUserID()) || Roles.callerIn(caller, BnmPaths.GROUP_EDITORS)
                || Roles.callerIn(caller, BnmPaths.GROUP_ADMINS);
    }

    /** Every category and entry of the editorial copy, in their order. */
    public List<EditorialCategory> list(Session caller) throws ForbiddenException, RepositoryException {
        require(caller);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            List<EditorialCategory> categories = new ArrayList<>();
            for (Node category : FaqNodes.children(handle.session().getNode(FaqNodes.EDITORIAL))) {
                List<EditorialEntry> entries = new ArrayList<>();
                for (Node entry : FaqNodes.children(category)) {
                    entries.add(FaqNodes.editorial(entry));
                }
                categories.add(new EditorialCategory(category.getName(), FaqNodes.string(category, FaqNodes.TITLE),
                        entries));
            }
            return categories;
        }
    }

    public EditorialEntry get(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException {
        require(caller);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            return FaqNodes.editorial(entry(handle.session(), id));
        }
    }

    public List<HistoryItem> history(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException {
        require(caller);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            return FaqHistory.read(entry(handle.session(), id));
        }
    }

    /** A new draft entry, last of its category. */
    public EditorialEntry create(Session caller, EntryInput input)
            throws ForbiddenException, InvalidRequestException, RepositoryException {
        require(caller);
        FaqRules.Entry values = FaqRules.check(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Session service = handle.session();
            Node category = category(service, values.category());
            String id = FaqNodes.slug(values.question(), candidate -> exists(service, candidate));
            Node entry = category.addNode(id, UNSTRUCTURED);
            Calendar now = Calendar.getInstance();
            entry.setProperty(JcrNames.STATUS, FaqNodes.DRAFT);
            entry.setProperty(JcrNames.CREATED_AT, now);
            entry.setProperty(JcrNames.CREATED_BY, caller.getUserID());
            write(entry, values, now, caller.getUserID());
            FaqHistory.add(entry, now, caller.getUserID(), "created", List.of("question", "answer", "category", "tags"));
            service.save();
            AUDIT.info("faq.create {} by {}", id, caller.getUserID());
            return FaqNodes.editorial(entry);
        }
    }

    /** Saves the editorial copy; a published entry's public copy stays as it was until published again. */
    public EditorialEntry update(Session caller, String id, EntryInput input)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        require(caller);
        FaqRules.Entry values = FaqRules.check(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Session service = handle.session();
            Node entry = entry(service, id);
            List<String> changed = new ArrayList<>();
            if (!values.category().equals(entry.getParent().getName())) {
                Node target = category(service, values.category());
                service.move(entry.getPath(), target.getPath() + "/" + id);
                entry = service.getNode(target.getPath() + "/" + id);
                changed.add("category");
            }
            compare(changed, "question", FaqNodes.string(entry, JcrNames.QUESTION), values.question());
            compare(changed, "answer", FaqNodes.string(entry, JcrNames.ANSWER), values.answer());
            compare(changed, "tags", FaqNodes.strings(entry, JcrNames.TAGS), values.tags());
            if (!changed.isEmpty()) {
                Calendar now = Calendar.getInstance();
                write(entry, values, now, caller.getUserID());
                FaqHistory.add(entry, now, caller.getUserID(), "edited", changed);
                service.save();
                AUDIT.info("faq.update {} by {}: {}", id, caller.getUserID(), changed);
            }
            return FaqNodes.editorial(entry);
        }
    }

    /** Publishes the entry as it is now (its public copy replaced). */
    public EditorialEntry publish(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException {
        return state(caller, id, FaqNodes.PUBLISHED);
    }

    /** Takes the entry off the public FAQ; its editorial copy stays. */
    public EditorialEntry unpublish(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException {
        return state(caller, id, FaqNodes.UNPUBLISHED);
    }

    /** Moves the entry one place up (-1) or down (+1) in its category; the public order follows. */
    public EditorialEntry move(Session caller, String id, MoveInput input)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        require(caller);
        int direction = FaqRules.direction(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Node entry = entry(handle.session(), id);
            shift(entry, direction);
            FaqHistory.add(entry, Calendar.getInstance(), caller.getUserID(), "moved", List.of());
            FaqPublication.order(handle.session(), entry.getParent());
            handle.session().save();
            return FaqNodes.editorial(entry);
        }
    }

    public EditorialCategory createCategory(Session caller, CategoryInput input)
            throws ForbiddenException, InvalidRequestException, RepositoryException {
        require(caller);
        String title = FaqRules.title(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Node root = handle.session().getNode(FaqNodes.EDITORIAL);
            Node category = root.addNode(FaqNodes.slug(title, id -> has(root, id)), UNSTRUCTURED);
            category.setProperty(FaqNodes.TITLE, title);
            handle.session().save();
            return new EditorialCategory(category.getName(), title, List.of());
        }
    }

    public EditorialCategory renameCategory(Session caller, String id, CategoryInput input)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        require(caller);
        String title = FaqRules.title(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Node category = categoryOrNotFound(handle.session(), id);
            category.setProperty(FaqNodes.TITLE, title);
            FaqPublication.retitle(handle.session(), category);
            handle.session().save();
            return new EditorialCategory(id, title, List.of());
        }
    }

    public EditorialCategory moveCategory(Session caller, String id, MoveInput input)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        require(caller);
        int direction = FaqRules.direction(input);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Node category = categoryOrNotFound(handle.session(), id);
            shift(category, direction);
            FaqPublication.order(handle.session(), category);
            handle.session().save();
            return new EditorialCategory(id, FaqNodes.string(category, FaqNodes.TITLE), List.of());
        }
    }

    private EditorialEntry state(Session caller, String id, String status)
            throws ForbiddenException, NotFoundException, RepositoryException {
        require(caller);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Session service = handle.session();
            Node entry = entry(service, id);
            Calendar now = Calendar.getInstance();
            if (FaqNodes.PUBLISHED.equals(status)) {
                entry.setProperty(JcrNames.PUBLISHED_AT, now);
                FaqPublication.publish(service, entry, now);
            } else {
                FaqPublication.remove(service, id);
            }
            entry.setProperty(JcrNames.STATUS, status);
            FaqHistory.add(entry, now, caller.getUserID(), status, List.of());
            service.save();
            AUDIT.info("faq.{} {} by {}", status, id, caller.getUserID());
            return FaqNodes.editorial(entry);
        }
    }

    private static void write(Node entry, FaqRules.Entry values, Calendar now, String by) throws RepositoryException {
        entry.setProperty(JcrNames.QUESTION, values.question());
        entry.setProperty(JcrNames.ANSWER, values.answer());
        entry.setProperty(JcrNames.TAGS, values.tags().toArray(new String[0]));
        entry.setProperty(JcrNames.UPDATED_AT, now);
        entry.setProperty(JcrNames.UPDATED_BY, by);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** Swaps the node with its previous (-1) or next (+1) sibling; nothing at either end. */
    private static void shift(Node node, int direction) throws RepositoryException {
        List<Node> siblings = FaqNodes.children(node.getParent());
        int index = 0;
        while (!siblings.get(index).getName().equals(node.getName())) {
            index++;
        }
        int target = index + direction;
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        Node parent = node.getParent();
        if (direction < 0) {
            parent.orderBefore(node.getName(), siblings.get(target).getName());
        } else {
            parent.orderBefore(siblings.get(target).getName(), node.getName());
        }
    }

    private static boolean has(Node parent, String name) {
        try {
            return parent.hasNode(name);
        } catch (RepositoryException e) {
            return true;
        }
    }

    private static boolean exists(Session service, String id) {
        try {
            entry(service, id);
            return true;
        } catch (NotFoundException | RepositoryException e) {
            return false;
        }
    }

    private static Node entry(Session service, String id) throws NotFoundException, RepositoryException {
        if (id != null && id.matches("[a-z0-9-]+")) {
            for (Node category : FaqNodes.children(service.getNode(FaqNodes.EDITORIAL))) {
                if (category.hasNode(id)) {
                    return category.getNode(id);
                }
            }
        }
        throw new NotFoundException("Aucune question « " + id + " » dans la FAQ.");
    }

    private static Node category(Session service, String id) throws InvalidRequestException, RepositoryException {
        try {
            return categoryOrNotFound(service, id);
        } catch (NotFoundException e) {
            throw new InvalidRequestException(FieldError.schema("/category", "La catégorie « " + id
                    + " » n'existe pas : choisissez une catégorie de la liste."));
        }
    }

    private static Node categoryOrNotFound(Session service, String id) throws NotFoundException, RepositoryException {
        Node root = service.getNode(FaqNodes.EDITORIAL);
        if (id == null || !id.matches("[a-z0-9-]+") || !root.hasNode(id)) {
            throw new NotFoundException("Aucune catégorie « " + id + " » dans la FAQ.");
        }
        return root.getNode(id);
    }

    private static void require(Session caller) throws ForbiddenException, RepositoryException {
        if (!isEditor(caller)) {
            throw new ForbiddenException("Réservé aux éditeurs et aux administrateurs de la MEL.");
        }
    }
}
