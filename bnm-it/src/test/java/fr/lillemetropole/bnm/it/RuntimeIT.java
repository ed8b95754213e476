package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The aggregated feature runs: every bundle active, the bnm node types and indexes in place. */
@ExtendWith(SharedPortal.class)
class RuntimeIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyBundleIsActive(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/system/console/bundles.json", "admin", Portal.ADMIN_PASSWORD);
        assertEquals(200, response.statusCode());
        JsonNode bundles = json.readTree(response.body()).get("data");
        List<String> notActive = new ArrayList<>();
        List<String> bnm = new ArrayList<>();
        for (JsonNode bundle : bundles) {
            String state = bundle.get("state").asText();
            String name = bundle.get("symbolicName").asText();
            if (!"Active".equals(state) && !"Fragment".equals(state)) {
                notActive.add(name + " (" + state + ")");
            }
            if (name.startsWith("fr.lillemetropole.bnm")) {
                bnm.add(name);
            }
        }
        assertTrue(notActive.isEmpty(), "bundles not active: " + notActive);
        assertEquals(List.of("fr.lillemetropole.bnm.content-types", "fr.lillemetropole.bnm.module",
                "fr.lillemetropole.bnm.templates"), bnm.stream().sorted().toList());
    }

    @Test
    void theBnmNodeTypesAreRegistered(Portal portal) throws Exception {
        for (String type : List.of("bnm:Tenant", "bnm:Dossier", "bnm:Library", "bnm:FaqEntry", "bnm:WorkingGroup",
                "bnm:PartnerLibrary", "bnm:AuditEntry", "bnm:Campaign")) {
            HttpResponse<String> response = portal.get("/jcr:system/jcr:nodeTypes/" + type + ".json", "admin",
                    Portal.ADMIN_PASSWORD);
            assertEquals(200, response.statusCode(), type);
            assertEquals(type, json.readTree(response.body()).get("jcr:nodeTypeName").asText());
        }
    }

    @Test
    void theOakIndexesAreInstalled(Portal portal) throws Exception {
        for (String index : List.of("bnmCampaign", "bnmStatus", "bnmTenant", "bnmCommune")) {
            String property = "bnm:" + index.substring(3, 4).toLowerCase() + index.substring(4);
            HttpResponse<String> response = portal.get("/oak:index/" + index + ".json", "admin", Portal.ADMIN_PASSWORD);
            assertEquals(200, response.statusCode(), index);
            JsonNode definition = json.readTree(response.body());
            assertEquals("property", definition.get("type").asText());
            assertEquals("oak:QueryIndexDefinition", definition.get("jcr:primaryType").asText());
            assertEquals("[\"" + property + "\"]", definition.get("propertyNames").toString(), index + " indexes " + property);
        }
    }

    @Test
    void theCampaignIsDeclared(Portal portal) throws Exception {
        HttpResponse<String> response = portal.get("/var/bnm/campaigns/ami-bnm-2022.json", "agent.demo",
                Portal.DEMO_PASSWORD);
        JsonNode campaign = json.readTree(response.body());
        assertEquals("bnm:Campaign", campaign.get("jcr:primaryType").asText());
        assertEquals(2022, campaign.get("bnm:year").asInt());
    }

    @Test
    void theDemoBannerGivesTheUrlAndLogins(Portal portal) throws Exception {
        String log = portal.logText();
        assertTrue(log.contains("Portail BNM (mode démo) : " + portal.uri("/")), log);
        for (String login : List.of("agent.demo", "elu.demo", "instructeur.demo", "editeur.demo")) {
            assertTrue(log.contains(login), login);
        }
    }
}
