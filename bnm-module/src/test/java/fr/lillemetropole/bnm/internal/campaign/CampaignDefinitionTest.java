package fr.lillemetropole.bnm.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.testing.BnmContext;

@ExtendWith(SlingContextExtension.class)
class CampaignDefinitionTest {

    private final SlingContext context = BnmContext.create();

    @Test
    void theCampaignNodeCarriesTheConfiguredDefinitionAndTheYearOfItsId() throws Exception {
        Session session = context.resourceResolver().adaptTo(Session.class);
        Node campaign = CampaignDefinition.write(session, config("ami-bnm-2022", "2022-06-01"));

        assertEquals("bnm:Campaign", campaign.getPrimaryNodeType().getName());
        assertEquals("/var/bnm/campaigns/ami-bnm-2022", campaign.getPath());
        assertEquals(2022L, campaign.getProperty("bnm:year").getLong());
        assertEquals("AMI BNM", campaign.getProperty("jcr:title").getString());
        assertEquals(1L, campaign.getProperty("bnm:schemaVersion").getLong());
        assertEquals(Calendar.JUNE, campaign.getProperty("bnm:opensAt").getDate().get(Calendar.MONTH));
        assertFalse(campaign.hasProperty("bnm:closesAt"), "an empty date stays unset");
    }

    @Test
    void aCampaignEditedInThePortalIsNeverResetByItsConfiguration() throws Exception {
        Session session = context.resourceResolver().adaptTo(Session.class);
        CampaignDefinition.write(session, config("ami-bnm-2022", "2022-06-01"));
        Node edited = session.getNode("/var/bnm/campaigns/ami-bnm-2022");
        edited.setProperty("jcr:title", "AMI 2022 (prolongé)");
        edited.setProperty("bnm:status", "closed");
        session.save();

        CampaignDefinition.write(session, config("ami-bnm-2022", "2022-07-01"));

        Node campaign = session.getNode("/var/bnm/campaigns/ami-bnm-2022");
        assertEquals("AMI 2022 (prolongé)", campaign.getProperty("jcr:title").getString());
        assertEquals("closed", campaign.getProperty("bnm:status").getString());
        assertEquals(Calendar.JUNE, campaign.getProperty("bnm:opensAt").getDate().get(Calendar.MONTH));
        javax.jcr.NodeIterator campaigns = session.getNode("/var/bnm/campaigns").getNodes("ami-*");
        campaigns.nextNode();
        assertFalse(campaigns.hasNext(), "one node per campaign");
    }

    @Test
    void anIdWithoutAYearIsRefused() {
        Session session = context.resourceResolver().adaptTo(Session.class);
        assertThrows(IllegalArgumentException.class, () -> CampaignDefinition.write(session, config("ami-bnm", "")));
    }

    private static CampaignDefinition.Config config(String id, String opensAt) {
        return new CampaignDefinition.Config() {
            @Override public Class<? extends Annotation> annotationType() { return CampaignDefinition.Config.class; }
            @Override public String id() { return id; }
            @Override public String title() { return "AMI BNM"; }
            @Override public long schemaVersion() { return 1; }
            @Override public String status() { return "open"; }
            @Override public String opensAt() { return opensAt; }
            @Override public String closesAt() { return ""; }
        };
    }
}
