package fr.lillemetropole.bnm.internal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * Brings /content/bnm/bibliotheques in line with the accepted dossiers: one bnm:PartnerLibrary per library of
 * each tenant's deciding dossier when it is accepted, less the libraries editors hid. Idempotent: it changes only
 * what differs, and stamps the directory's date only then. Runs with the bnm-directory service session.
 */
final class Projection {

    static final String ROOT = BnmPaths.CONTENT_ROOT + "/bibliotheques";
    static final String CORRECTIONS = BnmPaths.DATA_ROOT + "/directory";
    static final String RESOURCE_TYPE = "bnm/components/partnerlibrary";
    private static final String ACCEPTED = "accepted";
    private static final String DRAFT = "draft";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Projection() {}

    /** Synchronises the directory; saves and answers true when anything changed. */
    static boolean sync(Session service) throws RepositoryException {
        Map<String, PublicLibrary> desired = desired(service);
        Node root = service.getNode(ROOT);
        boolean changed = false;
        for (Node child : children(root)) {
            if (child.isNodeType(JcrNames.PARTNER_LIBRARY_TYPE) && !desired.containsKey(child.getName())) {
                child.remove();
                changed = true;
            }
        }
        Calendar now = Calendar.getInstance();
        for (PublicLibrary library : desired.values()) {
            Node node;
            if (root.hasNode(library.slug())) {
                node = root.getNode(library.slug());
            } else {
                node = root.addNode(library.slug(), JcrNames.PARTNER_LIBRARY_TYPE);
                node.setProperty(JcrNames.CREATED_AT, now);
            }
            if (LibraryNodes.write(node, library)) {
                node.setProperty(JcrNames.UPDATED_AT, now);
                changed = true;
            }
        }
        if (changed) {
            root.setProperty(JcrNames.UPDATED_AT, now);
            service.save();
        } else if (!root.hasProperty(JcrNames.UPDATED_AT)) {
            root.setProperty(JcrNames.UPDATED_AT, now);
            service.save();
        }
        return changed;
    }

    /** Every library that should be public, by slug, tenants in slug order (stable slugs on collisions). */
    static Map<String, PublicLibrary> desired(Session service) throws RepositoryException {
        Map<String, PublicLibrary> desired = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Node> tenants = children(service.getNode(BnmPaths.TENANTS));
        tenants.sort(Comparator.comparing(Projection::name));
        for (Node tenant : tenants) {
            if (!tenant.isNodeType(JcrNames.TENANT_TYPE) || "archived".equals(string(tenant, JcrNames.STATUS))) {
                continue;
            }
            Node dossier = deciding(tenant);
            if (dossier == null || !ACCEPTED.equals(string(dossier, JcrNames.STATUS))) {
                continue;
            }
            JsonNode document = lastFiling(dossier);
            if (document == null) {
                continue;
            }
            for (PublicLibrary library : LibraryExtract.of(document, tenantOf(tenant), dossier.getName())) {
                String slug = unique(LibraryExtract.slug(library.name() + " " + library.commune()), taken);
                Node correction = service.nodeExists(CORRECTIONS + "/" + slug)
                        ? service.getNode(CORRECTIONS + "/" + slug) : null;
                if (correction != null && correction.hasProperty(JcrNames.LIB_HIDDEN)
                        && correction.getProperty(JcrNames.LIB_HIDDEN).getBoolean()) {
                    continue;
                }
                String description = correction == null ? null : string(correction, Property.JCR_DESCRIPTION);
                desired.put(slug, library.withSlug(slug).withDescription(description));
            }
        }
        return desired;
    }

    /**
     * The dossier that decides whether a tenant is a partner: its most recently filed one. A new campaign's
     * draft does not take a partner out; a later filing that is returned or rejected does.
     */
    private static Node deciding(Node tenant) throws RepositoryException {
        if (!tenant.hasNode("dossiers")) {
            return null;
        }
        Node deciding = null;
        long latest = Long.MIN_VALUE;
        for (Node dossier : children(tenant.getNode("dossiers"))) {
            if (DRAFT.equals(string(dossier, JcrNames.STATUS)) || !dossier.hasProperty(JcrNames.SUBMITTED_AT)) {
                continue;
            }
            long filed = dossier.getProperty(JcrNames.SUBMITTED_AT).getDate().getTimeInMillis();
            if (filed > latest) {
                latest = filed;
                deciding = dossier;
            }
        }
        return deciding;
    }

    /** The version the instructor accepted: the last filing (a dossier cannot change once filed). */
    private static JsonNode lastFiling(Node dossier) throws RepositoryException {
        if (!dossier.hasNode("filings")) {
            return null;
        }
        Node last = null;
        int number = -1;
        for (Node entry : children(dossier.getNode("filings"))) {
            int n = filingNumber(entry.getName());
            if (n > number && entry.hasProperty(JcrNames.DOCUMENT)) {
                number = n;
                last = entry;
            }
        }
        if (last == null) {
            return null;
        }
        try {
            return JSON.readTree(last.getProperty(JcrNames.DOCUMENT).getString());
        } catch (IOException e) {
            throw new RepositoryException("unreadable filed version " + last.getPath(), e);
        }
    }

    private static int filingNumber(String name) {
        try {
            return Integer.parseInt(name.substring(1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    private static LibraryExtract.Tenant tenantOf(Node tenant) throws RepositoryException {
        List<String> members = new ArrayList<>();
        if (tenant.hasProperty(JcrNames.MEMBER_COMMUNES)) {
            for (Value value : tenant.getProperty(JcrNames.MEMBER_COMMUNES).getValues()) {
                members.add(value.getString());
            }
        }
        return new LibraryExtract.Tenant(tenant.getName(), string(tenant, JcrNames.NAME), string(tenant, JcrNames.KIND),
                members, string(tenant, JcrNames.HEAD_COMMUNE));
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    static List<Node> children(Node parent) throws RepositoryException {
        List<Node> children = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            children.add(it.nextNode());
        }
        return children;
    }

    static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }

    private static String name(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            return "";
        }
    }
}
