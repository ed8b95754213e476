package fr.lillemetropole.bnm.internal.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFormatException;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** A bnm:PartnerLibrary node and its {@link PublicLibrary}, both ways. */
final class LibraryNodes {

    private LibraryNodes() {}

    /** Writes what differs; answers whether anything did. */
    static boolean write(Node node, PublicLibrary library) throws RepositoryException {
        boolean changed = set(node, JcrNames.NAME, library.name());
        changed |= set(node, Property.JCR_TITLE, library.name());
        changed |= set(node, JcrNames.LIB_COMMUNE, library.commune());
        changed |= set(node, JcrNames.TENANT, library.tenant());
        changed |= set(node, JcrNames.CAMPAIGN, library.campaign());
        changed |= set(node, JcrNames.LIB_NETWORK, library.network());
        changed |= set(node, JcrNames.LIB_ADDRESS, library.address());
        changed |= set(node, JcrNames.LIB_PHONE, library.phone());
        changed |= setUrl(node, library.portalUrl());
        changed |= set(node, Property.JCR_DESCRIPTION, library.description());
        changed |= set(node, "sling:resourceType", Projection.RESOURCE_TYPE);
        Double hours = library.openingHoursPerWeek();
        Double stored = node.hasProperty(JcrNames.LIB_OPENING_HOURS)
                ? node.getProperty(JcrNames.LIB_OPENING_HOURS).getDouble() : null;
        if (!Objects.equals(hours, stored)) {
            node.setProperty(JcrNames.LIB_OPENING_HOURS, hours == null ? null : node.getSession().getValueFactory()
                    .createValue(hours));
            changed = true;
        }
        changed |= setList(node, JcrNames.LIB_SERVICES, library.services());
        changed |= setList(node, JcrNames.LIB_COMMITMENTS, library.commitments());
        return changed;
    }

    static PublicLibrary read(Node node) throws RepositoryException {
        return new PublicLibrary(node.getName(), string(node, JcrNames.NAME), string(node, JcrNames.LIB_COMMUNE),
                string(node, JcrNames.TENANT), string(node, JcrNames.CAMPAIGN), string(node, JcrNames.LIB_NETWORK),
                string(node, JcrNames.LIB_ADDRESS), string(node, JcrNames.LIB_PHONE),
                string(node, JcrNames.LIB_PORTAL_URL), node.hasProperty(JcrNames.LIB_OPENING_HOURS)
                        ? node.getProperty(JcrNames.LIB_OPENING_HOURS).getDouble() : null,
                list(node, JcrNames.LIB_SERVICES), list(node, JcrNames.LIB_COMMITMENTS),
                string(node, Property.JCR_DESCRIPTION));
    }

    private static boolean set(Node node, String name, String value) throws RepositoryException {
        if (Objects.equals(value, string(node, name))) {
            return false;
        }
        node.setProperty(name, value);
        return true;
    }

    /** A portal address the repository refuses as a URI is left out rather than failing the directory. */
    private static boolean setUrl(Node node, String url) throws RepositoryException {
        try {
            return set(node, JcrNames.LIB_PORTAL_URL, url);
        } catch (ValueFormatException e) {
            return set(node, JcrNames.LIB_PORTAL_URL, null);
        }
    }

    private static boolean setList(Node node, String name, List<String> values) throws RepositoryException {
        if (values.equals(list(node, name))) {
            return false;
        }
        node.setProperty(name, values.toArray(new String[0]));
        return true;
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static List<String> list(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Value value : node.getProperty(name).getValues()) {
            values.add(value.getString());
        }
        return values;
    }

}
