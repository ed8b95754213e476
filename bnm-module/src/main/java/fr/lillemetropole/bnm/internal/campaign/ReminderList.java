package fr.lillemetropole.bnm.internal.campaign;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.Reminder;

/**
 * The tenants to remind for a campaign: active, and without a filed dossier (none, a draft, or one
 * returned to them). Read in the caller's session: what it may not read is not listed.
 */
final class ReminderList {

    /** The statuses of a dossier that is not filed, with their French label; "none": no dossier at all. */
    static final Map<String, String> NOT_FILED = Map.of(
            "none", "Pas encore commencé",
            "draft", "Brouillon — non déposé",
            "returned", "À compléter");
    static final Map<String, String> KINDS = Map.of("commune", "Commune", "network", "Réseau de communes");

    private ReminderList() {}

    /** Unsorted; {@code today} is the Paris date the days left count from. */
    static List<Reminder> of(Session caller, Campaign campaign, LocalDate today) throws RepositoryException {
        List<Reminder> reminders = new ArrayList<>();
        if (!caller.nodeExists(BnmPaths.TENANTS)) {
            return reminders;
        }
        for (NodeIterator tenants = caller.getNode(BnmPaths.TENANTS).getNodes(); tenants.hasNext();) {
            Node tenant = tenants.nextNode();
            if (!tenant.isNodeType(JcrNames.TENANT_TYPE) || !"active".equals(string(tenant, JcrNames.STATUS))) {
                continue;
            }
            String dossierPath = "dossiers/" + campaign.id();
            Node dossier = tenant.hasNode(dossierPath) ? tenant.getNode(dossierPath) : null;
            String status = dossier == null ? "none"
                    : Objects.requireNonNullElse(string(dossier, JcrNames.STATUS), "draft");
            if (!NOT_FILED.containsKey(status)) {
                continue;
            }
            ZonedDateTime deadline = dossier != null && dossier.hasProperty(JcrNames.DEADLINE)
                    ? CampaignTimes.of(dossier.getProperty(JcrNames.DEADLINE).getDate())
                    : CampaignTimes.ofIso(campaign.closesAt());
            Integer daysLeft = deadline == null ? null
                    : Math.toIntExact(ChronoUnit.DAYS.between(today, deadline.toLocalDate()));
            String kind = Objects.requireNonNullElse(string(tenant, JcrNames.KIND), "commune");
            reminders.add(new Reminder(tenant.getName(), string(tenant, JcrNames.NAME), kind,
                    KINDS.getOrDefault(kind, ""), status, NOT_FILED.get(status), CampaignTimes.iso(deadline), daysLeft));
        }
        return reminders;
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }
}
