package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A build while the portal runs (./bnm test, mvn install) rewrites the project's jars in the local Maven repository
 * and under bnm-launcher/target. The portal runs from its own copies under BNM_HOME: it goes on serving its pages
 * and API, including code it had not loaded yet.
 */
class BuildWhileRunningIT {

    private static final String DOSSIER = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/ville-demo";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void overwritingTheBuiltJarsDoesNotTouchTheRunningPortal() throws Exception {
        Path repository = Path.of(System.getProperty("bnm.maven.repository"));
        Path root = Path.of(System.getProperty("bnm.root", "..")).toAbsolutePath().normalize();
        String version = System.getProperty("bnm.version");
        List<Path> jars = new java.util.ArrayList<>();
        for (String module : List.of("bnm-module", "bnm-templates", "bnm-content-types")) {
            String path = "fr/lillemetropole/bnm/" + module + "/" + version + "/" + module + "-" + version + ".jar";
            jars.add(repository.resolve(path));
            jars.add(root.resolve("bnm-launcher/target/runtime-repository").resolve(path));
        }
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        for (Path jar : jars) {
            assertTrue(Files.isRegularFile(jar), jar + " is built");
            originals.put(jar, Files.readAllBytes(jar));
        }
        try (Portal portal = new Portal("build-while-running").start()) {
            // the commune area is served before the build (the portal may still be settling just after start)
            long settled = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (communeArea(portal).statusCode() != 200 && System.nanoTime() < settled) {
                Thread.sleep(1000);
            }
            try {
                // as a build does: the same files, rewritten in place (first truncated, then half written)
                for (Path jar : jars) {
                    Files.write(jar, "PK pas un jar : construction en cours".getBytes(StandardCharsets.US_ASCII),
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                }

                HttpResponse<String> me = portal.get("/bnm/api/v1/me", "agent.demo", Portal.DEMO_PASSWORD);
                assertEquals(200, me.statusCode(), me.body());
                assertEquals("agent.demo", json.readTree(me.body()).get("login").asText());
                assertEquals(200, portal.get("/content/bnm.html").statusCode());
                HttpResponse<String> area = communeArea(portal);
                assertEquals(200, area.statusCode(), area.body());
                assertTrue(area.body().contains("Ville-Démo"), area.body());

                // code paths not taken before the jars were overwritten: first save, PDF
                HttpResponse<String> saved = portal.putJson(DOSSIER, "agent.demo", Portal.DEMO_PASSWORD, fixture(), null);
                assertEquals(200, saved.statusCode(), saved.body());
                HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.uri(DOSSIER + ".pdf"))
                        .header("Authorization", Portal.basic("agent.demo", Portal.DEMO_PASSWORD)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, pdf.statusCode());
                assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

                JsonNode bundles = json.readTree(portal.get("/system/console/bundles.json", "admin",
                        Portal.ADMIN_PASSWORD).body()).get("data");
                for (JsonNode bundle : bundles) {
                    if (bundle.get("symbolicName").asText().startsWith("fr.lillemetropole.bnm")) {
                        assertEquals("Active", bundle.get("state").asText(), bundle.toString());
                    }
                }
            } finally {
                for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
                    Files.write(original.getKey(), original.getValue());
                }
            }
        }
    }

    /** The login form, then the commune area page, as a browser does. */
    private static HttpResponse<String> communeArea(Portal portal) throws Exception {
        HttpClient browser = Portal.browser();
        String form = "j_username=agent.demo&j_password=" + Portal.DEMO_PASSWORD
                + "&resource=%2Fcontent%2Fbnm%2Fespace-commune.html&_charset_=UTF-8";
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(portal.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "the login form answers");
        return browser.send(HttpRequest.newBuilder(portal.uri("/content/bnm/espace-commune.html")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String fixture() throws Exception {
        try (InputStream in = BuildWhileRunningIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
