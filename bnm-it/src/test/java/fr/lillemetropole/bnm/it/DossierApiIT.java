package fr.lillemetropole.bnm.it;

import static fr.lillemetropole.bnm.it.Tenancy.AGENT_A;
import static fr.lillemetropole.bnm.it.Tenancy.AGENT_B;
import static fr.lillemetropole.bnm.it.Tenancy.ELECTED_A;
import static fr.lillemetropole.bnm.it.Tenancy.INSTRUCTOR;
import static fr.lillemetropole.bnm.it.Tenancy.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** The seed's dossier through the HTTP API: saved, read back equal, signed, filed, frozen. */
class DossierApiIT extends WithTenants {

    private static final String DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-a";
    private final ObjectMapper json = new ObjectMapper();


    @Test
    void theSeedsDossierIsSavedReadBackEqualSignedAndFiled() throws Exception {
        String fixture = fixture();
        HttpResponse<String> saved = portal.putJson(DOSSIER, AGENT_A, PASSWORD, fixture, null);
        assertEquals(200, saved.statusCode(), saved.body());
        String etag = saved.headers().firstValue("ETag").orElseThrow();
        JsonNode report = json.readTree(saved.body()).get("completeness");
        report.fields().forEachRemaining(section -> assertTrue(section.getValue().get("complete").asBoolean(),
                section.getKey() + " " + section.getValue()));

        HttpResponse<String> read = portal.get(DOSSIER, AGENT_A, PASSWORD);
        assertEquals(200, read.statusCode());
        assertEquals(etag, read.headers().firstValue("ETag").orElse(""));
        JSONAssert.assertEquals(fixture, read.body(), JSONCompareMode.STRICT);

        assertEquals(428, portal.putJson(DOSSIER, AGENT_A, PASSWORD, fixture, null).statusCode(), "If-Match required");
        assertEquals(412, portal.putJson(DOSSIER, AGENT_A, PASSWORD, fixture, "\"999\"").statusCode(), "stale");

        HttpResponse<String> unsigned = portal.postJson(DOSSIER + "/submit", AGENT_A, PASSWORD, "");
        assertEquals(422, unsigned.statusCode(), unsigned.body());
        assertEquals("R9", json.readTree(unsigned.body()).get("errors").get(0).get("rule").asText());

        assertEquals(403, portal.postJson(DOSSIER + "/sign", AGENT_A, PASSWORD, "").statusCode(), "agents do not sign");
        HttpResponse<String> signed = portal.postJson(DOSSIER + "/sign", ELECTED_A, PASSWORD, "");
        assertEquals(200, signed.statusCode(), signed.body());

        HttpResponse<String> filed = portal.postJson(DOSSIER + "/submit", AGENT_A, PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
        JsonNode receipt = json.readTree(filed.body());
        assertEquals("commune-a", receipt.get("tenant").asText());
        assertEquals(64, receipt.get("sha256").asText().length());
        assertEquals(json.readTree(signed.body()).get("sha256"), receipt.get("sha256"), "the signed version is filed");

        assertEquals(409, portal.putJson(DOSSIER, AGENT_A, PASSWORD, fixture, etag).statusCode(), "frozen once filed");
        for (String pdf : new String[] {DOSSIER + ".pdf", DOSSIER + "/receipt.pdf"}) {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(portal.uri(pdf))
                            .header("Authorization", Portal.basic(ELECTED_A, PASSWORD)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), pdf);
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("%PDF", new String(response.body(), 0, 4, StandardCharsets.US_ASCII));
        }
        assertEquals(404, portal.get(DOSSIER + ".pdf", AGENT_B, PASSWORD).statusCode(), "another commune's PDF");
        JsonNode status = json.readTree(portal.get(DOSSIER + "/status", ELECTED_A, PASSWORD).body());
        assertEquals("submitted", status.get("status").asText());
        assertEquals("dossier.submit", status.get("history").get(status.get("history").size() - 1).get("action").asText());

        assertEquals(404, portal.get(DOSSIER, AGENT_B, PASSWORD).statusCode(), "another commune");
        assertEquals(200, portal.get(DOSSIER, INSTRUCTOR, PASSWORD).statusCode(), "the MEL's instructors");
        JsonNode list = json.readTree(portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers", INSTRUCTOR, PASSWORD).body());
        assertTrue(list.toString().contains("\"tenant\":\"commune-a\""), list.toString());
        assertEquals("[]", portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers", AGENT_B, PASSWORD).body());
    }

    @Test
    void aShapeErrorIs400WithItsPointerAndStoresNothing() throws Exception {
        ObjectNode bad = (ObjectNode) json.readTree(fixture());
        ((ObjectNode) bad.get("libraries").get(0).get("team")).put("fte", "dix-sept");
        HttpResponse<String> response = portal.putJson("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-b",
                AGENT_B, PASSWORD, bad.toString(), null);
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").toLowerCase());
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertEquals("/libraries/0/team/fte", error.get("pointer").asText());
        assertEquals("schema", error.get("rule").asText());
        assertEquals(404, portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/commune-b", AGENT_B, PASSWORD)
                .statusCode(), "nothing stored");
    }

    private static String fixture() throws Exception {
        try (InputStream in = DossierApiIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
