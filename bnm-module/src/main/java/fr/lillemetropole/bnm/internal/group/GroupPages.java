package fr.lillemetropole.bnm.internal.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * The groups' public pages (/content/bnm/groupes-de-travail/<slug>): title, description, time
 * commitment. Read by anyone; written with the editor's own session (the repository lets MEL editors
 * and admins write the published portal) once the service checked the role.
 */
final class GroupPages {

    static final String RESOURCE_TYPE = "bnm/components/workinggroups/group";
    static final String TEXT = "text";
    private static final String TITLE = "jcr:title";
    private static final String RESOURCE_TYPE_PROPERTY = "sling:resourceType";

    private GroupPages() {
    }

    static List<GroupData.Group> list(Session caller) throws RepositoryException {
        List<GroupData.Group> groups = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        if (!caller.nodeExists(GroupAccess.PAGES)) {
            return groups;
        }
        for (NodeIterator it = caller.getNode(GroupAccess.PAGES).getNodes(); it.hasNext();) {
            Node page = it.nextNode();
            if (page.isNodeType(JcrNames.WORKING_GROUP_TYPE)) {
                groups.add(group(page));
                order.add(page.hasProperty(JcrNames.NAV_ORDER) ? page.getProperty(JcrNames.NAV_ORDER).getLong()
                        : Long.MAX_VALUE);
            }
        }
        // the form's order (bnm:navOrder), then groups added later in the order they were created
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(java.util.Comparator.comparing(order::get));
        return indexes.stream().map(groups::get).toList();
    }

    static GroupData.Group group(Node page) throws RepositoryException {
        return new GroupData.Group(page.getName(), text(page, JcrNames.CODE), text(page, TITLE), text(page, TEXT),
                text(page, JcrNames.COMMITMENT), page.getPath() + ".html");
    }

    /** Creates a group's page with the service's session {@code writer}, in the name of {@code actor}. */
    static GroupData.Group create(Session writer, String actor, GroupData.GroupInput input)
            throws InvalidRequestException, ConflictException, RepositoryException {
        check(input);
        String slug = slug(input.title());
        if (slug.isEmpty()) {
            throw new InvalidRequestException(FieldError.schema("/title",
                    "Le titre du groupe doit contenir au moins une lettre ou un chiffre."));
        }
        Node parent = writer.getNode(GroupAccess.PAGES);
        if (parent.hasNode(slug)) {
            throw new ConflictException("/title", "Un groupe de travail porte déjà ce titre (« " + slug + " »).");
        }
        Node page = parent.addNode(slug, JcrNames.WORKING_GROUP_TYPE);
        page.setProperty(RESOURCE_TYPE_PROPERTY, RESOURCE_TYPE);
        page.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        write(writer, actor, page, input);
        return group(page);
    }

    static GroupData.Group update(Session writer, String actor, String slug, GroupData.GroupInput input)
            throws InvalidRequestException, RepositoryException {
        check(input);
        Node page = writer.getNode(GroupAccess.PAGES + "/" + slug);
        write(writer, actor, page, input);
        return group(page);
    }

    private static void write(Session writer, String actor, Node page, GroupData.GroupInput input)
            throws RepositoryException {
        page.setProperty(TITLE, input.title().strip());
        page.setProperty(TEXT, html(input.description().strip()));
        page.setProperty(JcrNames.COMMITMENT, input.commitment().strip());
        page.setProperty(JcrNames.UPDATED_AT, Calendar.getInstance());
        // who changed the page is recorded in the members-only area, never on the public page (its .json is public)
        GroupDocuments.area(writer, page.getName(), actor);
        writer.save();
    }

    private static void check(GroupData.GroupInput input) throws InvalidRequestException {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            input = new GroupData.GroupInput(null, null, null);
        }
        required(errors, "/title", input.title(), 120, "le titre du groupe");
        required(errors, "/description", input.description(), 5000, "la description du groupe");
        required(errors, "/commitment", input.commitment(), 120,
                "l'engagement en temps (par exemple « environ 4 h par mois »)");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    static void required(List<FieldError> errors, String pointer, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.schema(pointer, "Indiquez " + what + "."));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.schema(pointer, "Le champ « " + what + " » dépasse " + max + " caractères."));
        }
    }

    /** Plain text typed in the form becomes paragraphs; text already in HTML stays (HTL filters it on output). */
    static String html(String text) {
        if (text.startsWith("<")) {
            return text;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\r?\\n\\s*\\r?\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\r?\\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** « Lecture publique & jeux vidéo » → lecture-publique-jeux-video. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title.strip().toLowerCase(Locale.FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static String text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }
}
