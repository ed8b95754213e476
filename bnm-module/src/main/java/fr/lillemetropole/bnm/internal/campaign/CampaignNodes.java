package fr.lillemetropole.bnm.internal.campaign;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignStatus;

/** A bnm:Campaign node and the API's {@link Campaign}. */
final class CampaignNodes {

    static final String TYPE = JcrNames.CAMPAIGN_TYPE;
    static final long SCHEMA_VERSION = 1;

    private CampaignNodes() {}

    static Campaign read(Node node) throws RepositoryException {
        String status = string(node, JcrNames.STATUS);
        return new Campaign(node.getName(), string(node, "jcr:title"),
                node.hasProperty(JcrNames.YEAR) ? (int) node.getProperty(JcrNames.YEAR).getLong()
                        : CampaignIds.year(node.getName()).orElse(0),
                status, CampaignStatus.of(status).map(CampaignStatus::label).orElse(""),
                CampaignTimes.iso(CampaignTimes.of(date(node, JcrNames.OPENS_AT))),
                CampaignTimes.iso(CampaignTimes.of(date(node, JcrNames.CLOSES_AT))),
                node.hasProperty(JcrNames.SCHEMA_VERSION) ? node.getProperty(JcrNames.SCHEMA_VERSION).getLong() : SCHEMA_VERSION);
    }

    /** Writes the checked values (id and year on creation) and who changed them; the caller saves. */
    static void write(Node node, CampaignRules.Values values, String actor, boolean created) throws RepositoryException {
        Calendar now = Calendar.getInstance();
        if (created) {
            node.setProperty(JcrNames.ID, values.id());
            node.setProperty(JcrNames.YEAR, values.year());
            node.setProperty(JcrNames.SCHEMA_VERSION, SCHEMA_VERSION);
            node.setProperty(JcrNames.CREATED_AT, now);
            node.setProperty(JcrNames.CREATED_BY, actor);
        }
        node.setProperty("jcr:title", values.title());
        node.setProperty(JcrNames.STATUS, values.status().code());
        node.setProperty(JcrNames.OPENS_AT, CampaignTimes.calendar(values.opensAt()));
        node.setProperty(JcrNames.CLOSES_AT, CampaignTimes.calendar(values.closesAt()));
        node.setProperty(JcrNames.UPDATED_AT, now);
        node.setProperty(JcrNames.UPDATED_BY, actor);
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static Calendar date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate() : null;
    }
}
