package fr.lillemetropole.bnm.internal.group;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.campaign.CampaignTimes;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * A group's documents (/var/bnm/groups/<slug>/documents/<name>, nt:file): PDF, ODT, ODS, DOCX or XLSX
 * as their bytes prove ({@link DocumentType}), {@value #MAX_MB} Mo at most, stored under a safe name
 * ending with the detected type's extension.
 */
public final class GroupDocuments {

    public static final int MAX_MB = 20;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    public static final String FIELD = "fichier";
    public static final String TOO_LARGE = "Le fichier dépasse " + MAX_MB + " Mo, la taille maximale d'un document.";
    static final String REFUSED = "Ce fichier n'est pas accepté : seuls les documents PDF, ODT, ODS, DOCX et XLSX "
            + "sont acceptés (le type est vérifié d'après le contenu du fichier, pas d'après son nom).";
    static final String DOCUMENTS = "documents";
    private static final String CONTENT = "jcr:content";
    private static final String DATA = "jcr:data";
    private static final String MIME = "jcr:mimeType";
    private static final String TITLE = "jcr:title";

    /** A stored document, to stream to the caller. */
    public record Download(String name, String mimeType, long size, Binary data) {
    }

    private GroupDocuments() {
    }

    static List<GroupData.Document> list(Session caller, String slug) throws RepositoryException {
        List<GroupData.Document> documents = new ArrayList<>();
        String path = GroupAccess.AREAS + "/" + slug + "/" + DOCUMENTS;
        if (!caller.nodeExists(path)) {
            return documents;
        }
        for (NodeIterator it = caller.getNode(path).getNodes(); it.hasNext();) {
            Node file = it.nextNode();
            if (file.isNodeType("nt:file")) {
                documents.add(document(file, slug));
            }
        }
        documents.sort(java.util.Comparator.comparing(GroupData.Document::addedAt).reversed());
        return documents;
    }

    static GroupData.Document add(Session service, String slug, String actor, String fileName, byte[] bytes)
            throws InvalidRequestException, RepositoryException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidRequestException(413, FieldError.schema("/" + FIELD, TOO_LARGE));
        }
        if (bytes.length == 0) {
            throw new InvalidRequestException(FieldError.schema("/" + FIELD, "Choisissez le document à ajouter."));
        }
        DocumentType type = DocumentType.detect(bytes).orElseThrow(() -> new InvalidRequestException(415,
                FieldError.schema("/" + FIELD, REFUSED)));
        Node folder = child(area(service, slug, actor), DOCUMENTS, "nt:folder");
        String name = freeName(folder, baseName(fileName), type.extension());
        Node file = folder.addNode(name, "nt:file");
        file.addMixin("mix:title");
        file.addMixin(JcrNames.AUDITED_MIXIN);
        file.setProperty(TITLE, title(fileName, name));
        file.setProperty(JcrNames.CREATED_BY, actor);
        file.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        Node content = file.addNode(CONTENT, "nt:resource");
        content.setProperty(MIME, type.mimeType());
        content.setProperty(DATA, service.getValueFactory().createBinary(new ByteArrayInputStream(bytes)));
        content.setProperty("jcr:lastModified", Calendar.getInstance());
        service.save();
        return document(file, slug);
    }

    static void remove(Session service, String slug, String name) throws NotFoundException, RepositoryException {
        service.getNode(stored(service, slug, name)).remove();
        service.save();
    }

    static Download open(Session caller, String slug, String name) throws NotFoundException, RepositoryException {
        Node content = caller.getNode(stored(caller, slug, name)).getNode(CONTENT);
        Binary data = content.getProperty(DATA).getBinary();
        return new Download(name, content.getProperty(MIME).getString(), data.getSize(), data);
    }

    private static String stored(Session session, String slug, String name) throws NotFoundException,
            RepositoryException {
        String path = GroupAccess.AREAS + "/" + slug + "/" + DOCUMENTS + "/" + name;
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || !session.nodeExists(path)
                || !session.getNode(path).isNodeType("nt:file")) {
            throw new NotFoundException("Ce document n'existe pas (ou plus).");
        }
        return path;
    }

    private static GroupData.Document document(Node file, String slug) throws RepositoryException {
        Node content = file.getNode(CONTENT);
        String mime = content.getProperty(MIME).getString();
        String label = DocumentType.ofMimeType(mime).map(DocumentType::label).orElse(mime);
        Calendar added = file.hasProperty(JcrNames.CREATED_AT) ? file.getProperty(JcrNames.CREATED_AT).getDate()
                : file.getProperty("jcr:created").getDate();
        return new GroupData.Document(file.getName(), file.hasProperty(TITLE) ? file.getProperty(TITLE).getString()
                : file.getName(), mime, label, content.getProperty(DATA).getLength(),
                CampaignTimes.iso(CampaignTimes.of(added)),
                "/bnm/api/v1/groups/" + slug + "/documents/" + file.getName());
    }

    /** The group's area, created on first use. */
    static Node area(Session service, String slug, String actor) throws RepositoryException {
        Node root = service.getNode(GroupAccess.AREAS);
        if (root.hasNode(slug)) {
            Node area = root.getNode(slug);
            area.setProperty(JcrNames.UPDATED_AT, Calendar.getInstance());
            area.setProperty(JcrNames.UPDATED_BY, actor);
            return area;
        }
        Node area = root.addNode(slug, JcrNames.GROUP_AREA_TYPE);
        area.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        area.setProperty(JcrNames.CREATED_BY, actor);
        return area;
    }

    static Node child(Node parent, String name, String type) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, type);
    }

    /** « Compte rendu n°3 (final).PDF » → compte-rendu-n-3-final. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        safe = safe.length() > 80 ? safe.substring(0, 80).replaceAll("-+$", "") : safe;
        return safe.isEmpty() ? "document" : safe;
    }

    private static String freeName(Node folder, String base, String extension) throws RepositoryException {
        String name = base + "." + extension;
        for (int i = 2; folder.hasNode(name); i++) {
            name = base + "-" + i + "." + extension;
        }
        return name;
    }

    private static String title(String fileName, String stored) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        return name.isEmpty() || name.length() > 200 ? stored : name;
    }
}
