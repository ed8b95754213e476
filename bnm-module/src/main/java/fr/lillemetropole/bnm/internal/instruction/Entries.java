package fr.lillemetropole.bnm.internal.instruction;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.instruction.Entry;
import fr.lillemetropole.bnm.internal.dossier.JcrWorkflow;

/** Notes (in /var/bnm/instruction, instructors only) and messages (on the dossier, the commune reads them). */
final class Entries {

    static final String NOTES_ROOT = "/var/bnm/instruction";

    private Entries() {}

    static String notesPath(String tenant, String campaign) {
        return NOTES_ROOT + "/" + tenant + "/" + campaign;
    }

    /** The entries under {@code path} the caller may read, the oldest first. */
    static List<Entry> read(Session caller, String path) throws RepositoryException {
        List<Entry> entries = new ArrayList<>();
        if (!caller.nodeExists(path)) {
            return entries;
        }
        for (NodeIterator it = caller.getNode(path).getNodes(); it.hasNext();) {
            entries.add(entry(it.nextNode()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    static Entry addNote(Session service, String tenant, String campaign, String actor, String name, String text)
            throws RepositoryException {
        Node root = service.getNode(NOTES_ROOT);
        Node area = root.hasNode(tenant) ? root.getNode(tenant) : root.addNode(tenant, "sling:Folder");
        return entry(JcrWorkflow.addEntry(area, campaign, "note", actor, name, text));
    }

    static Entry entry(Node node) throws RepositoryException {
        String actor = node.getProperty(JcrNames.ACTOR).getString();
        return new Entry(node.getProperty(JcrNames.AT).getDate().toInstant().toString(), actor,
                node.hasProperty(JcrNames.ACTOR_NAME) ? node.getProperty(JcrNames.ACTOR_NAME).getString() : actor,
                node.hasProperty(JcrNames.TEXT) ? node.getProperty(JcrNames.TEXT).getString() : "");
    }
}
