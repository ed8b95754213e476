package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Three communes' agents autosave their dossiers (PUT with If-Match) when the portal's Java process is killed
 * (SIGKILL: a power cut, the OOM killer). After ./bnm run on the same BNM_HOME, every save that was answered 200
 * is there: each dossier is its last acknowledged version (or the one in flight at the kill, never an older one).
 */
class CrashSafetyIT {

    private static final String PASSWORD = "mot-de-passe-crash-2022";
    private static final int CLIENTS = 3;
    private final ObjectMapper json = new ObjectMapper();

    /** What one client knows of its dossier: the last version answered 200, its ETag, and a version in flight. */
    private static final class Client {
        final String tenant;
        final String agent;
        volatile int acknowledged;
        volatile String etag;
        volatile int inFlight;

        Client(int index) {
            this.tenant = "crash-" + index;
            this.agent = "agent.crash" + index;
        }

        String dossier() {
            return "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/" + tenant;
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill9() throws Exception {
        try (Portal portal = new Portal("crash").start()) {
            List<Client> clients = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                Client client = new Client(i);
                created(portal.postJson("/bnm/api/v1/tenants", "admin.demo", Portal.DEMO_PASSWORD, "{\"slug\":\""
                        + client.tenant + "\",\"name\":\"Commune crash " + i + "\",\"kind\":\"commune\",\"memberCommunes\":[]}"));
                created(portal.postJson("/bnm/api/v1/tenants/" + client.tenant + "/users", "admin.demo",
                        Portal.DEMO_PASSWORD, "{\"login\":\"" + client.agent + "\",\"password\":\"" + PASSWORD
                                + "\",\"displayName\":\"Agent " + i + "\",\"email\":\"" + client.agent
                                + "@example.org\",\"role\":\"agent\"}"));
                clients.add(client);
            }

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> loops = new ArrayList<>();
            for (Client client : clients) {
                loops.add(pool.submit(() -> autosave(portal, client, stop)));
            }
            // let the autosaves run, then kill while they go on
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (clients.stream().mapToInt(c -> c.acknowledged).min().orElse(0) < 15 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1500);
            portal.kill();
            stop.set(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the autosave loops stop");
            for (Future<?> loop : loops) {
                loop.get();
            }
            for (Client client : clients) {
                assertTrue(client.acknowledged >= 15, client.tenant + " saved " + client.acknowledged + " times only");
            }

            int logBefore = portal.errorLog().length();
            long restart = System.nanoTime();
            portal.start();
            System.out.printf("CrashSafetyIT: restart after kill -9 ready in %d s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restart));
            // the repository opens by itself: no repair, no lost segment, no Oak error. (Oak rebuilds the index
            // of the tar file it was appending to, which only a clean stop writes: "recovering" is logged then.)
            String restartLog = portal.errorLog().substring(logBefore);
            for (String line : restartLog.split("\n")) {
                assertFalse(line.contains("*ERROR*") && line.contains("org.apache.jackrabbit.oak"), line);
                assertFalse(line.toLowerCase().contains("repair"), line);
            }
            assertFalse(restartLog.contains("SegmentNotFoundException"), "no segment lost");

            for (Client client : clients) {
                HttpResponse<String> read = portal.get(client.dossier(), client.agent, PASSWORD);
                assertEquals(200, read.statusCode(), client.tenant + ": " + read.body());
                int found = version(json.readTree(read.body()));
                String context = client.tenant + ": acknowledged " + client.acknowledged + ", in flight "
                        + client.inFlight + ", found " + found;
                assertTrue(found == client.acknowledged || found == client.inFlight && found > client.acknowledged,
                        context);
                if (found == client.acknowledged) {
                    assertEquals(client.etag, read.headers().firstValue("ETag").orElse(""), context);
                }
                // the dossier still saves after the restart, from the version read
                ObjectNode next = document(found + 1000, client.tenant);
                HttpResponse<String> saved = portal.putJson(client.dossier(), client.agent, PASSWORD, next.toString(),
                        read.headers().firstValue("ETag").orElseThrow());
                assertEquals(200, saved.statusCode(), saved.body());
            }
        }
    }

    /** One agent's autosave: PUT version n+1 with the ETag of version n, until the portal dies or 60 s pass. */
    private Void autosave(Portal portal, Client client, AtomicBoolean stop) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!stop.get() && System.nanoTime() < deadline) {
            int next = client.acknowledged + 1;
            client.inFlight = next;
            HttpResponse<String> saved;
            try {
                saved = portal.putJson(client.dossier(), client.agent, PASSWORD, document(next, client.tenant).toString(),
                        client.etag);
            } catch (IOException killed) {
                return null;
            }
            if (saved.statusCode() != 200) {
                if (stop.get()) {
                    return null;
                }
                throw new AssertionError(client.tenant + " save " + next + ": " + saved.statusCode() + " " + saved.body());
            }
            client.etag = saved.headers().firstValue("ETag").orElseThrow();
            client.acknowledged = next;
        }
        return null;
    }

    private ObjectNode document(int version, String tenant) throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(fixture());
        document.put("motivation", "Motivation de " + tenant + ", version " + version);
        return document;
    }

    private static int version(JsonNode document) {
        String motivation = document.get("motivation").asText();
        return Integer.parseInt(motivation.substring(motivation.lastIndexOf(' ') + 1));
    }

    private static String fixture() throws IOException {
        try (InputStream in = CrashSafetyIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
    }
}
