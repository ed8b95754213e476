package fr.lillemetropole.bnm.internal.web;

import java.util.Locale;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

import org.apache.sling.api.request.RequestPathInfo;
import org.apache.sling.api.resource.Resource;

/**
 * What Sling would send as stored bytes (a file, a binary, a property, a folder's index file) and
 * whether a browser may show it in the page: only images and PDF, asked for by their own path.
 */
final class StoredFiles {

    static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");
    private static final String DATA = "jcr:data";
    private static final String CONTENT = "jcr:content";
    private static final String MIME = "jcr:mimeType";

    private StoredFiles() {}

    /** True when the resource is streamed as it is stored rather than rendered by a portal view. */
    static boolean isStored(Resource resource, RequestPathInfo pathInfo) throws RepositoryException {
        Node node = resource.adaptTo(Node.class);
        if (node == null) {
            return resource.adaptTo(Property.class) != null;
        }
        if (node.isNodeType("nt:file") || node.isNodeType("nt:resource") || node.hasProperty(DATA)
                || node.hasNode(CONTENT) && node.getNode(CONTENT).hasProperty(DATA)) {
            return true;
        }
        // a folder asked for without extension: Sling would send its index file as it is stored
        return node.isNodeType("nt:folder") && pathInfo.getExtension() == null;
    }

    /** The stored MIME type, lower case without parameters, or null. */
    static String storedType(Resource resource) throws RepositoryException {
        Node node = resource.adaptTo(Node.class);
        if (node == null) {
            return null;
        }
        Node holder = node.hasProperty(MIME) ? node : node.hasNode(CONTENT) ? node.getNode(CONTENT) : null;
        if (holder == null || !holder.hasProperty(MIME)) {
            return null;
        }
        String type = holder.getProperty(MIME).getString();
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** An image or a PDF, asked for by its own path (no selector, extension or suffix added). */
    static boolean inline(Resource resource, RequestPathInfo pathInfo) throws RepositoryException {
        String selectors = pathInfo.getSelectorString();
        return INLINE_TYPES.contains(storedType(resource))
                && (selectors == null || selectors.isEmpty())
                && pathInfo.getExtension() == null && pathInfo.getSuffix() == null;
    }

    /** A file name safe in a header: letters, digits, dot, dash and underscore. */
    static String fileName(Resource resource) {
        String name = resource.getName().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.matches("[._]+") ? "fichier" : name;
    }
}
