package fr.lillemetropole.bnm.internal.campaign;

import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignStatus;

/** A bnm:Campaign node and the API's {@link Campaign}. */
final class CampaignNodes {

    static final String TYPE = "bnm:Campaign";
    static final long SCHEMA_VERSION = 1;

    private CampaignNodes() {}

    static Campaign read(Node node) throws RepositoryException {
        String status = string(node, "bnm:status");
        return new Campaign(node.getName(), string(node, "jcr:title"),
                node.hasProperty("bnm:year") ? (int) node.getProperty("bnm:year").getLong()
                        : CampaignIds.year(node.getName()).orElse(0),
                status, CampaignStatus.of(status).map(CampaignStatus::label).orElse(""),
                CampaignTimes.iso(CampaignTimes.of(date(node, "bnm:opensAt"))),
                CampaignTimes.iso(CampaignTimes.of(date(node, "bnm:closesAt"))),
                node.hasProperty("bnm:schemaVersion") ? node.getProperty("bnm:schemaVersion").getLong() : SCHEMA_VERSION);
    }

    /** Writes the checked values (id and year on creation) and who changed them; the caller saves. */
    static void write(Node node, CampaignRules.Values values, String actor, boolean created) throws RepositoryException {
        Calendar now = Calendar.getInstance();
        if (created) {
            node.setProperty("bnm:id", values.id());
            node.setProperty("bnm:year", values.year());
            node.setProperty("bnm:schemaVersion", SCHEMA_VERSION);
            node.setProperty("bnm:createdAt", now);
            node.setProperty("bnm:createdBy", actor);
        }
        node.setProperty("jcr:title", values.title());
        node.setProperty("bnm:status", values.status().code());
        node.setProperty("bnm:opensAt", CampaignTimes.calendar(values.opensAt()));
        node.setProperty("bnm:closesAt", CampaignTimes.calendar(values.closesAt()));
        node.setProperty("bnm:updatedAt", now);
        node.setProperty("bnm:updatedBy", actor);
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static Calendar date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate() : null;
    }
}
