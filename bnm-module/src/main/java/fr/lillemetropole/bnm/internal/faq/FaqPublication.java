package fr.lillemetropole.bnm.internal.faq;

import java.util.Calendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * The public copy of the FAQ, written in bnm-faq's session: a published entry's question, answer, tags and dates
 * (never a draft, never who edited), in its category, both in the editorial copy's order.
 */
final class FaqPublication {

    private FaqPublication() {}

    /** Writes (or replaces) the public copy of the editorial entry {@code entry}. */
    static void publish(Session service, Node entry, Calendar at) throws RepositoryException {
        remove(service, entry.getName());
        Node category = publicCategory(service, entry.getParent());
        Node copy = category.addNode(entry.getName(), JcrNames.FAQ_ENTRY_TYPE);
        copy.setProperty(FaqNodes.RESOURCE_TYPE, FaqNodes.ENTRY_RESOURCE_TYPE);
        copy.setProperty(JcrNames.QUESTION, entry.getProperty(JcrNames.QUESTION).getString());
        copy.setProperty(JcrNames.ANSWER, FaqSanitizer.sanitize(FaqNodes.string(entry, JcrNames.ANSWER)));
        copy.setProperty(JcrNames.TAGS, FaqNodes.strings(entry, JcrNames.TAGS).toArray(new String[0]));
        copy.setProperty(JcrNames.STATUS, FaqNodes.PUBLISHED);
        copy.setProperty(JcrNames.PUBLISHED_AT, at);
        copy.setProperty(JcrNames.UPDATED_AT, at);
        order(service, entry.getParent());
    }

    /** Removes the public copy of the entry {@code id}, and its category once empty. */
    static void remove(Session service, String id) throws RepositoryException {
        Node root = service.getNode(FaqNodes.PUBLIC);
        for (Node category : FaqNodes.children(root)) {
            if (category.isNodeType(JcrNames.FAQ_CATEGORY_TYPE) && category.hasNode(id)) {
                category.getNode(id).remove();
                if (!category.hasNodes()) {
                    category.remove();
                }
            }
        }
    }

    /** Renames the public copy of an editorial category, if it has one. */
    static void retitle(Session service, Node category) throws RepositoryException {
        String path = FaqNodes.PUBLIC + "/" + category.getName();
        if (service.nodeExists(path)) {
            service.getNode(path).setProperty(FaqNodes.TITLE, category.getProperty(FaqNodes.TITLE).getString());
        }
    }

    /** Puts the public categories, and the public entries of {@code category}, in the editorial order. */
    static void order(Session service, Node category) throws RepositoryException {
        Node root = service.getNode(FaqNodes.PUBLIC);
        follow(root, FaqNodes.children(category.getParent()));
        if (root.hasNode(category.getName())) {
            follow(root.getNode(category.getName()), FaqNodes.children(category));
        }
    }

    /** Orders the children of {@code target} named like {@code order}'s nodes the same way, others last. */
    private static void follow(Node target, List<Node> order) throws RepositoryException {
        String previous = null;
        for (int i = order.size() - 1; i >= 0; i--) {
            String name = order.get(i).getName();
            if (target.hasNode(name)) {
                target.orderBefore(name, previous);
                previous = name;
            }
        }
    }

    private static Node publicCategory(Session service, Node editorial) throws RepositoryException {
        Node root = service.getNode(FaqNodes.PUBLIC);
        if (root.hasNode(editorial.getName())) {
            return root.getNode(editorial.getName());
        }
        Node category = root.addNode(editorial.getName(), JcrNames.FAQ_CATEGORY_TYPE);
        category.setProperty(FaqNodes.RESOURCE_TYPE, FaqNodes.CATEGORY_RESOURCE_TYPE);
        category.setProperty(FaqNodes.TITLE, editorial.getProperty(FaqNodes.TITLE).getString());
        return category;
    }
}
