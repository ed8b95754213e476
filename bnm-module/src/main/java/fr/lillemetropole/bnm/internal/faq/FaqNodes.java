package fr.lillemetropole.bnm.internal.faq;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EditorialEntry;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicEntry;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** Where the FAQ lives and how its nodes read: editorial copy under /var/bnm, public copy under /content/bnm. */
public final class FaqNodes {

    public static final String EDITORIAL = BnmPaths.DATA_ROOT + "/editorial/faq";
    public static final String PUBLIC = BnmPaths.CONTENT_ROOT + "/faq";
    public static final String HISTORY = "history";
    public static final String CATEGORY_RESOURCE_TYPE = "bnm/components/faq/category";
    public static final String ENTRY_RESOURCE_TYPE = "bnm/components/faq/entry";
    static final String TITLE = "jcr:title";
    static final String RESOURCE_TYPE = "sling:resourceType";
    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String UNPUBLISHED = "unpublished";
    private static final int MAX_ID = 60;

    private FaqNodes() {}

    /** The child nodes of {@code parent} other than the history, in their order. */
    static List<Node> children(Node parent) throws RepositoryException {
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!HISTORY.equals(child.getName())) {
                nodes.add(child);
            }
        }
        return nodes;
    }

    /** An id made of the text's words (ASCII, lower case, hyphens), unique among {@code taken}. */
    static String slug(String text, java.util.function.Predicate<String> taken) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_ID) {
            ascii = ascii.substring(0, MAX_ID).replaceAll("-+$", "");
        }
        String base = ascii.isEmpty() ? "question" : ascii;
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Comma-separated tags, trimmed, without duplicates. */
    static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList()));
    }

    static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    static String date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant().toString() : null;
    }

    static Calendar calendar(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate() : null;
    }

    static List<String> strings(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Value value : node.getProperty(name).getValues()) {
            values.add(value.getString());
        }
        return values;
    }

    static EditorialEntry editorial(Node entry) throws RepositoryException {
        Calendar updated = calendar(entry, JcrNames.UPDATED_AT);
        Calendar published = calendar(entry, JcrNames.PUBLISHED_AT);
        String status = string(entry, JcrNames.STATUS);
        boolean changes = PUBLISHED.equals(status) && updated != null && published != null && updated.after(published);
        return new EditorialEntry(entry.getName(), entry.getParent().getName(), string(entry, JcrNames.QUESTION),
                string(entry, JcrNames.ANSWER), strings(entry, JcrNames.TAGS), status, changes,
                date(entry, JcrNames.UPDATED_AT), string(entry, JcrNames.UPDATED_BY), date(entry, JcrNames.PUBLISHED_AT));
    }

    static PublicEntry published(Node entry) throws RepositoryException {
        return new PublicEntry(entry.getName(), string(entry, JcrNames.QUESTION), string(entry, JcrNames.ANSWER),
                strings(entry, JcrNames.TAGS), date(entry, JcrNames.UPDATED_AT));
    }
}
