package fr.lillemetropole.bnm.internal.instruction;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;

import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.api.instruction.QueueItem;
import fr.lillemetropole.bnm.api.instruction.QueuePage;
import fr.lillemetropole.bnm.api.instruction.QueueQuery;

/**
 * The review queue: one indexed query (campaign, status) per tab, with bind variables only; a page
 * is read from the result, the total counted on the index. Sorted by filing date, last change or name.
 */
public final class ReviewQueue {

    /** Tab → the statuses it shows. */
    public static final Map<String, List<String>> TABS = tabs();

    private ReviewQueue() {}

    private static Map<String, List<String>> tabs() {
        Map<String, List<String>> tabs = new LinkedHashMap<>();
        tabs.put("todo", List.of(DossierStatus.SUBMITTED.code()));
        tabs.put("ongoing", List.of(DossierStatus.IN_REVIEW.code(), DossierStatus.RETURNED.code()));
        tabs.put("done", List.of(DossierStatus.ACCEPTED.code(), DossierStatus.REJECTED.code()));
        tabs.put("drafts", List.of(DossierStatus.DRAFT.code()));
        return tabs;
    }

    static QueuePage page(Session caller, String campaign, QueueQuery query) throws RepositoryException {
        List<String> statuses = TABS.getOrDefault(query.tab(), TABS.get("todo"));
        List<QueueItem> items = new ArrayList<>();
        int total = 0;
        int from = (query.page() - 1) * query.size();
        for (NodeIterator it = run(caller, campaign, statuses, query); it.hasNext();) {
            Node dossier = it.nextNode();
            if (total >= from && items.size() < query.size()) {
                items.add(item(dossier));
            }
            total++;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> tab : TABS.entrySet()) {
            int count = 0;
            for (NodeIterator it = run(caller, campaign, tab.getValue(), new QueueQuery(tab.getKey(), query.search(),
                    query.mine(), "filedAt", 1, 1)); it.hasNext(); it.nextNode()) {
                count++;
            }
            counts.put(tab.getKey(), count);
        }
        return new QueuePage(items, total, query.page(), query.size(), counts);
    }

    private static NodeIterator run(Session caller, String campaign, List<String> statuses, QueueQuery query)
            throws RepositoryException {
        StringBuilder sql = new StringBuilder("SELECT * FROM [" + JcrNames.DOSSIER_TYPE + "] AS d WHERE d.[" + JcrNames.CAMPAIGN + "] = $campaign AND (");
        for (int i = 0; i < statuses.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("d.[" + JcrNames.STATUS + "] = $s").append(i);
        }
        sql.append(')');
        boolean search = query.search() != null && !query.search().isBlank();
        if (search) {
            sql.append(" AND LOWER(d.[" + JcrNames.TENANT_NAME + "]) LIKE $search");
        }
        if (query.mine()) {
            sql.append(" AND d.[" + JcrNames.ASSIGNED_TO + "] = $me");
        }
        sql.append(switch (query.sort()) {
            case "name" -> " ORDER BY d.[" + JcrNames.TENANT_NAME + "]";
            case "updatedAt" -> " ORDER BY d.[" + JcrNames.UPDATED_AT + "] DESC";
            default -> " ORDER BY d.[" + JcrNames.SUBMITTED_AT + "], d.[" + JcrNames.TENANT_NAME + "]";
        });
        Query q = caller.getWorkspace().getQueryManager().createQuery(sql.toString(), Query.JCR_SQL2);
        ValueFactory values = caller.getValueFactory();
        q.bindValue("campaign", values.createValue(campaign));
        for (int i = 0; i < statuses.size(); i++) {
            q.bindValue("s" + i, values.createValue(statuses.get(i)));
        }
        if (search) {
            String term = query.search().strip().toLowerCase(Locale.FRENCH).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            q.bindValue("search", values.createValue("%" + term + "%"));
        }
        if (query.mine()) {
            q.bindValue("me", values.createValue(caller.getUserID()));
        }
        return q.execute().getNodes();
    }

    static QueueItem item(Node dossier) throws RepositoryException {
        Node tenant = dossier.getParent().getParent();
        String status = dossier.getProperty(JcrNames.STATUS).getString();
        int libraries = 0;
        if (dossier.hasNode("document/libraries")) {
            for (NodeIterator it = dossier.getNode("document/libraries").getNodes(); it.hasNext(); it.nextNode()) {
                libraries++;
            }
        }
        return new QueueItem(tenant.getName(), text(dossier, JcrNames.TENANT_NAME, text(tenant, JcrNames.NAME, tenant.getName())),
                text(tenant, JcrNames.KIND, "commune"), libraries, status,
                date(dossier, JcrNames.SUBMITTED_AT), date(dossier, JcrNames.UPDATED_AT), text(dossier, JcrNames.ASSIGNED_TO, null),
                text(dossier, JcrNames.ASSIGNED_NAME, null));
    }

    private static String text(Node node, String property, String fallback) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : fallback;
    }

    private static String date(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getDate().toInstant().toString() : null;
    }
}
