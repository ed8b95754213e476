package fr.lillemetropole.bnm.internal.group;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.internal.campaign.CampaignIds;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * The members of the working groups, derived from the dossiers (never typed twice, never stored): a
 * commune or network belongs to a group when its dossier of the newest campaign it filed in is filed
 * (submitted, in review, accepted, or returned for completion: it was filed and stays enrolled meanwhile)
 * and the last filed version of that dossier ticks the group in engagement.workingGroups. A rejected
 * dossier, a draft never filed, an archived tenant: no group. Read with the bnm-groups service session.
 */
public final class GroupMembers {

    /** Statuses of a dossier that was filed; rejected is read too, to let it end an earlier enrolment. */
    static final List<String> FILED = List.of("submitted", "in_review", "accepted", "returned", "rejected");
    private static final String REJECTED = "rejected";
    static final String QUERY;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        StringBuilder sql = new StringBuilder("SELECT * FROM [" + JcrNames.DOSSIER_TYPE + "] AS d WHERE ");
        for (int i = 0; i < FILED.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("d.[" + JcrNames.STATUS + "] = $s").append(i);
        }
        QUERY = sql.toString();
    }

    /** A member: a commune, or a network shown with its communes. */
    public record Member(String tenant, String name, boolean network, List<String> communes) {
    }

    private GroupMembers() {
    }

    /** Group code (ils, online_resources, …) → its members, by name. */
    public static Map<String, List<Member>> byGroup(Session service) throws RepositoryException {
        Map<String, Node> newest = new HashMap<>();
        Query query = service.getWorkspace().getQueryManager().createQuery(QUERY, Query.JCR_SQL2);
        for (int i = 0; i < FILED.size(); i++) {
            query.bindValue("s" + i, service.getValueFactory().createValue(FILED.get(i)));
        }
        for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
            Node dossier = it.nextNode();
            String tenant = dossier.getProperty(JcrNames.TENANT).getString();
            newest.merge(tenant, dossier, GroupMembers::newer);
        }
        Map<String, List<Member>> groups = new TreeMap<>();
        for (Node dossier : newest.values()) {
            Node tenant = dossier.getParent().getParent();
            if (REJECTED.equals(dossier.getProperty(JcrNames.STATUS).getString()) || archived(tenant)) {
                continue;
            }
            Member member = member(tenant);
            for (JsonNode code : lastFiling(dossier).path("engagement").path("workingGroups")) {
                groups.computeIfAbsent(code.asText(), c -> new ArrayList<>()).add(member);
            }
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        groups.values().forEach(list -> list.sort(Comparator.comparing(Member::name, french)));
        return groups;
    }

    private static Node newer(Node a, Node b) {
        try {
            int yearA = CampaignIds.year(a.getName()).orElse(Integer.MIN_VALUE);
            int yearB = CampaignIds.year(b.getName()).orElse(Integer.MIN_VALUE);
            return yearA != yearB ? (yearA > yearB ? a : b) : a.getName().compareTo(b.getName()) >= 0 ? a : b;
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean archived(Node tenant) throws RepositoryException {
        return tenant.hasProperty(JcrNames.STATUS) && "archived".equals(tenant.getProperty(JcrNames.STATUS).getString());
    }

    private static Member member(Node tenant) throws RepositoryException {
        List<String> communes = new ArrayList<>();
        boolean network = tenant.hasProperty(JcrNames.KIND) && "network".equals(tenant.getProperty(JcrNames.KIND)
                .getString());
        if (network && tenant.hasProperty(JcrNames.MEMBER_COMMUNES)) {
            for (Value value : tenant.getProperty(JcrNames.MEMBER_COMMUNES).getValues()) {
                communes.add(value.getString());
            }
        }
        String name = tenant.hasProperty(JcrNames.NAME) ? tenant.getProperty(JcrNames.NAME).getString() : tenant.getName();
        return new Member(tenant.getName(), name, network, List.copyOf(communes));
    }

    /** The document of the dossier's last filing (f1, f2, …), as filed; an empty object without one. */
    private static JsonNode lastFiling(Node dossier) throws RepositoryException {
        if (!dossier.hasNode("filings")) {
            return JSON.createObjectNode();
        }
        Node last = null;
        int lastNumber = 0;
        for (NodeIterator it = dossier.getNode("filings").getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            int number = number(entry.getName());
            if (number > lastNumber && entry.hasProperty(JcrNames.DOCUMENT)) {
                last = entry;
                lastNumber = number;
            }
        }
        if (last == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(last.getProperty(JcrNames.DOCUMENT).getString());
        } catch (IOException e) {
            throw new RepositoryException("unreadable filing " + last.getPath(), e);
        }
    }

    private static int number(String name) {
        try {
            return name.startsWith("f") ? Integer.parseInt(name.substring(1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
