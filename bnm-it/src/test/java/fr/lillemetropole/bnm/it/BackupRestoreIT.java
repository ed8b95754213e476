package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * ./bnm backup while the portal runs and autosaves go on, then ./bnm restore into a fresh BNM_HOME: the tenant,
 * its account, its dossier and the dossier's history are all there. Only Sling's admin may start a backup.
 */
class BackupRestoreIT {

    private static final String TENANT = "sauvegarde";
    private static final String AGENT = "agent.sauvegarde";
    private static final String PASSWORD = "mot-de-passe-sauvegarde";
    private static final String DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/" + TENANT;
    private static final String DEMO_DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/ville-demo";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBackupTakenWhileWritesGoOnRestoresTenantsAccountsDossiersAndHistory() throws Exception {
        Path backup = Path.of(System.getProperty("bnm.it.home", "target/bnm-home")).toAbsolutePath()
                .resolve("backup-" + System.nanoTime());
        String saved;
        String etag;
        JsonNode history;
        AtomicInteger demoAcknowledged = new AtomicInteger();
        int acknowledgedAfterBackup;
        try (Portal portal = new Portal("backup-source").start()) {
            assertEquals(201, portal.postJson("/bnm/api/v1/tenants", "admin.demo", Portal.DEMO_PASSWORD,
                    "{\"slug\":\"" + TENANT + "\",\"name\":\"Commune Sauvegarde\",\"kind\":\"commune\","
                            + "\"memberCommunes\":[]}").statusCode());
            assertEquals(201, portal.postJson("/bnm/api/v1/tenants/" + TENANT + "/users", "admin.demo",
                    Portal.DEMO_PASSWORD, "{\"login\":\"" + AGENT + "\",\"password\":\"" + PASSWORD
                            + "\",\"displayName\":\"Agent Sauvegarde\",\"email\":\"agent@example.org\",\"role\":\"agent\"}")
                    .statusCode());
            HttpResponse<String> first = portal.putJson(DOSSIER, AGENT, PASSWORD, document(1), null);
            assertEquals(200, first.statusCode(), first.body());
            saved = document(2);
            HttpResponse<String> second = portal.putJson(DOSSIER, AGENT, PASSWORD, saved,
                    first.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, second.statusCode(), second.body());
            etag = second.headers().firstValue("ETag").orElseThrow();
            history = json.readTree(portal.get(DOSSIER + "/status", AGENT, PASSWORD).body()).get("history");
            assertTrue(history.size() >= 2, history.toString());

            // nobody but Sling's admin starts a backup
            assertEquals(401, portal.postJson("/system/bnm/backup", "nobody", "wrong", "").statusCode());
            int anonymous = anonymousPost(portal).statusCode();
            assertTrue(anonymous == 401 || anonymous == 403, "anonymous: " + anonymous);
            assertEquals(403, portal.postJson("/system/bnm/backup", "admin.demo", Portal.DEMO_PASSWORD, "").statusCode(),
                    "a MEL admin is a portal account");
            assertEquals(403, portal.postJson("/system/bnm/backup", AGENT, PASSWORD, "").statusCode());

            // the demo commune autosaves during the whole backup
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> autosave(portal, stop, demoAcknowledged));
            while (demoAcknowledged.get() < 3) {
                Thread.sleep(50);
            }
            long start = System.nanoTime();
            Portal.Command done = portal.bnm("backup", backup.toString());
            System.out.printf("BackupRestoreIT: online backup in %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            acknowledgedAfterBackup = demoAcknowledged.get();
            stop.set(true);
            writes.get(60, TimeUnit.SECONDS);
            assertEquals(0, done.exitCode(), done.output());
            assertTrue(done.output().contains("sauvegarde terminée"), done.output());
            assertTrue(acknowledgedAfterBackup > 3, "writes went on during the backup");

            Portal.Command again = portal.bnm("backup", backup.toString());
            assertNotEquals(0, again.exitCode(), "a backup never goes into a non-empty directory");
            assertTrue(again.output().contains("n'est pas vide"), again.output());
        }

        try (Portal restored = new Portal("backup-restored")) {
            Portal.Command restore = restored.bnm("restore", backup.toString());
            assertEquals(0, restore.exitCode(), restore.output());
            restored.start();

            Portal.Command whileRunning = restored.bnm("restore", backup.toString());
            assertNotEquals(0, whileRunning.exitCode(), "no restore under a running portal");
            assertTrue(whileRunning.output().contains("arrêtez-le"), whileRunning.output());

            HttpResponse<String> tenant = restored.get("/bnm/api/v1/tenants/" + TENANT, "admin.demo", Portal.DEMO_PASSWORD);
            assertEquals(200, tenant.statusCode(), tenant.body());
            assertEquals("Commune Sauvegarde", json.readTree(tenant.body()).get("name").asText());
            HttpResponse<String> me = restored.get("/bnm/api/v1/me", AGENT, PASSWORD);
            assertEquals(200, me.statusCode(), "the account logs in with its password");
            assertTrue(me.body().contains(TENANT), me.body());

            HttpResponse<String> dossier = restored.get(DOSSIER, AGENT, PASSWORD);
            assertEquals(200, dossier.statusCode());
            JSONAssert.assertEquals(saved, dossier.body(), JSONCompareMode.STRICT);
            assertEquals(etag, dossier.headers().firstValue("ETag").orElse(""));
            JsonNode restoredHistory = json.readTree(restored.get(DOSSIER + "/status", AGENT, PASSWORD).body())
                    .get("history");
            assertEquals(history, restoredHistory);

            // the demo dossier is one consistent version that was saved while the backup ran
            HttpResponse<String> demo = restored.get(DEMO_DOSSIER, "agent.demo", Portal.DEMO_PASSWORD);
            assertEquals(200, demo.statusCode(), demo.body());
            int version = version(json.readTree(demo.body()));
            assertTrue(version >= 3 && version <= acknowledgedAfterBackup + 1, "version " + version + " of "
                    + acknowledgedAfterBackup);
        }
    }

    private void autosave(Portal portal, AtomicBoolean stop, AtomicInteger acknowledged) {
        try {
            String etag = null;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!stop.get() && System.nanoTime() < deadline) {
                int next = acknowledged.get() + 1;
                HttpResponse<String> saved = portal.putJson(DEMO_DOSSIER, "agent.demo", Portal.DEMO_PASSWORD,
                        demoDocument(next), etag);
                assertEquals(200, saved.statusCode(), saved.body());
                etag = saved.headers().firstValue("ETag").orElseThrow();
                acknowledged.set(next);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpResponse<String> anonymousPost(Portal portal) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                portal.uri("/system/bnm/backup")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String document(int version) throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(fixture());
        document.put("motivation", "Motivation de la commune Sauvegarde, version " + version);
        return document.toString();
    }

    private String demoDocument(int version) throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(fixture());
        document.put("motivation", "Motivation de Ville-Démo, version " + version);
        return document.toString();
    }

    private static int version(JsonNode document) {
        String motivation = document.get("motivation").asText();
        return Integer.parseInt(motivation.substring(motivation.lastIndexOf(' ') + 1));
    }

    private static String fixture() throws IOException {
        try (InputStream in = BackupRestoreIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
