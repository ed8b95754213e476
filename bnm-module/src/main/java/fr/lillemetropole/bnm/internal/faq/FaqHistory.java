package fr.lillemetropole.bnm.internal.faq;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import fr.lillemetropole.bnm.internal.faq.FaqRecords.HistoryItem;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** An entry's edit history (editorial copy only): who, when, what, oldest first. */
final class FaqHistory {

    private static final String UNSTRUCTURED = "nt:unstructured";

    private FaqHistory() {}

    static void add(Node entry, Calendar at, String actor, String action, List<String> changed)
            throws RepositoryException {
        Node history = entry.hasNode(FaqNodes.HISTORY) ? entry.getNode(FaqNodes.HISTORY)
                : entry.addNode(FaqNodes.HISTORY, UNSTRUCTURED);
        Node item = history.addNode("h" + (history.getNodes().getSize() + 1), UNSTRUCTURED);
        item.setProperty(JcrNames.AT, at);
        item.setProperty(JcrNames.ACTOR, actor);
        item.setProperty(JcrNames.ACTION, action);
        item.setProperty(JcrNames.CHANGED, changed.toArray(new String[0]));
    }

    static List<HistoryItem> read(Node entry) throws RepositoryException {
        List<HistoryItem> items = new ArrayList<>();
        if (entry.hasNode(FaqNodes.HISTORY)) {
            for (NodeIterator it = entry.getNode(FaqNodes.HISTORY).getNodes(); it.hasNext();) {
                Node item = it.nextNode();
                items.add(new HistoryItem(FaqNodes.date(item, JcrNames.AT), FaqNodes.string(item, JcrNames.ACTOR),
                        FaqNodes.string(item, JcrNames.ACTION), FaqNodes.strings(item, JcrNames.CHANGED)));
            }
        }
        return items;
    }
}
