package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The MEL's side on a launched portal: three dossiers filed (one a network of three libraries), moved
 * through every transition with a correction round; private notes unreadable by the commune through
 * every route; two instructors acting at once; filing after the closing date and a reopened dossier;
 * a new campaign's dossier started from last year's.
 */
class InstructionIT extends WithTenants {

    private static final String PASSWORD = Tenancy.PASSWORD;
    private static final String API = "/bnm/api/v1/campaigns/ami-bnm-2022/dossiers/";
    private static final String SECOND_INSTRUCTOR = "it.instructrice";
    private final ObjectMapper json = new ObjectMapper();

    private void tenant(String slug, String name, String kind) throws Exception {
        create(portal.postJson("/bnm/api/v1/tenants", Tenancy.MEL_ADMIN, PASSWORD, "{\"slug\":\"" + slug
                + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"memberCommunes\":"
                + ("network".equals(kind) ? "[\"Armentières\",\"Houplines\",\"Erquinghem-Lys\"],\"headCommune\":\"Armentières\"" : "[]")
                + "}"));
        create(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("agent." + slug, "agent")));
        create(portal.postJson("/bnm/api/v1/tenants/" + slug + "/users", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account("elu." + slug, "elected")));
    }

    private static void create(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    /** Saved by the agent, signed by the élu, filed: 200. */
    private void file(String slug, String document) throws Exception {
        HttpResponse<String> current = portal.get(API + slug, "agent." + slug, PASSWORD);
        String etag = current.statusCode() == 200 ? current.headers().firstValue("ETag").orElse(null) : null;
        HttpResponse<String> saved = portal.putJson(API + slug, "agent." + slug, PASSWORD, document, etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(API + slug + "/sign", "elu." + slug, PASSWORD, "").statusCode());
        HttpResponse<String> filed = portal.postJson(API + slug + "/submit", "agent." + slug, PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
    }

    private HttpResponse<String> move(String slug, String to, String comment, String login) throws Exception {
        return portal.postJson(API + slug + "/transitions", login, PASSWORD, json.createObjectNode().put("to", to)
                .put("comment", comment).toString());
    }

    @Test
    void threeDossiersGoThroughEveryTransitionWithACorrectionRound() throws Exception {
        tenant("instr-a", "Instr-A", "commune");
        tenant("instr-b", "Instr-B", "commune");
        tenant("instr-n", "Réseau Instr", "network");
        String seed = fixture();
        file("instr-a", seed);
        file("instr-b", seed);
        file("instr-n", network(seed));

        JsonNode todo = json.readTree(portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/queue?tab=todo&q=instr",
                Tenancy.INSTRUCTOR, PASSWORD).body());
        List<String> queued = new ArrayList<>();
        todo.get("items").forEach(item -> queued.add(item.get("tenant").asText()));
        assertTrue(queued.containsAll(List.of("instr-a", "instr-b", "instr-n")), todo.toString());
        todo.get("items").forEach(item -> {
            if ("instr-n".equals(item.get("tenant").asText())) {
                assertEquals(3, item.get("libraries").asInt(), "the network's three libraries");
            }
        });
        assertEquals(403, portal.get("/bnm/api/v1/campaigns/ami-bnm-2022/queue", "agent.instr-a", PASSWORD)
                .statusCode(), "the queue is the MEL's");

        HttpResponse<String> early = move("instr-a", "accepted", null, Tenancy.INSTRUCTOR);
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("\"in_review\""), "the allowed moves: " + early.body());
        assertEquals(403, move("instr-a", "in_review", null, "agent.instr-a").statusCode(), "not the commune's");
        for (String slug : List.of("instr-a", "instr-b", "instr-n")) {
            assertEquals(200, move(slug, "in_review", null, Tenancy.INSTRUCTOR).statusCode(), slug);
        }
        assertEquals(400, move("instr-a", "returned", "", Tenancy.INSTRUCTOR).statusCode(), "a comment is required");
        assertEquals(200, move("instr-a", "returned", "Le budget 2021 est à préciser.", Tenancy.INSTRUCTOR)
                .statusCode());
        assertEquals(400, move("instr-b", "rejected", null, Tenancy.INSTRUCTOR).statusCode());
        assertEquals(200, move("instr-b", "rejected", "Pas de bibliothèque en régie directe.", Tenancy.INSTRUCTOR)
                .statusCode());
        assertEquals(200, move("instr-n", "accepted", null, Tenancy.INSTRUCTOR).statusCode());

        // the commune sees the comment, corrects, signs again, files again; the earlier filing stays readable
        String page = portal.get("/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=instr-a", "agent.instr-a",
                PASSWORD).body();
        assertTrue(page.contains("Le budget 2021 est à préciser."), "the instructor's comment is shown");
        ObjectNode corrected = (ObjectNode) json.readTree(seed);
        ((ObjectNode) corrected.at("/libraries/0/budget")).put("physicalAcquisitions", 31000);
        file("instr-a", corrected.toString());
        JsonNode filings = json.readTree(portal.get(API + "instr-a/filings", "agent.instr-a", PASSWORD).body());
        assertEquals(2, filings.size());
        assertEquals(45150, json.readTree(portal.get(API + "instr-a/filings/1", "agent.instr-a", PASSWORD).body())
                .at("/libraries/0/budget/physicalAcquisitions").asInt(), "the earlier filed version");
        JsonNode changes = json.readTree(portal.get(API + "instr-a/changes", Tenancy.INSTRUCTOR, PASSWORD).body());
        assertEquals("/libraries/0/budget/physicalAcquisitions", changes.get(0).get("pointer").asText());
        assertEquals(200, move("instr-a", "in_review", null, Tenancy.INSTRUCTOR).statusCode());
        assertEquals(200, move("instr-a", "accepted", "Bienvenue.", Tenancy.INSTRUCTOR).statusCode());
        JsonNode history = json.readTree(portal.get(API + "instr-a/status", "agent.instr-a", PASSWORD).body())
                .get("history");
        assertTrue(history.toString().contains("\"toStatus\":\"accepted\""), "journalled in the tenant's history");
    }

    @Test
    void aPrivateNoteIsUnreadableByTheCommuneThroughEveryRoute() throws Exception {
        tenant("instr-note", "Instr-Note", "commune");
        file("instr-note", fixture());
        String secret = "Note-privee-" + System.nanoTime();
        HttpResponse<String> added = portal.postJson(API + "instr-note/notes", Tenancy.INSTRUCTOR, PASSWORD,
                "{\"text\":\"" + secret + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(portal.get(API + "instr-note/notes", Tenancy.INSTRUCTOR, PASSWORD).body().contains(secret));

        for (String login : List.of("agent.instr-note", "elu.instr-note")) {
            assertEquals(403, portal.get(API + "instr-note/notes", login, PASSWORD).statusCode(), login);
            for (String path : List.of("/var/bnm/instruction/instr-note.json", "/var/bnm/instruction/instr-note.infinity.json",
                    "/var/bnm/instruction/instr-note.xml", "/var/bnm/instruction/instr-note/ami-bnm-2022.tidy.-1.json",
                    "/var/bnm/instruction.infinity.json", "/content/bnm/instruction/dossier.html?c=ami-bnm-2022&t=instr-note",
                    "/content/bnm/espace-commune/dossier.html?c=ami-bnm-2022&t=instr-note",
                    "/var/bnm/tenants/instr-note.infinity.json")) {
                HttpResponse<String> response = portal.get(path, login, PASSWORD);
                assertFalse(response.body().contains(secret), login + " reads the note at " + path);
            }
            String query = "/bin/querybuilder.json?fulltext=" + secret;
            assertFalse(portal.get(query, login, PASSWORD).body().contains(secret), "query " + login);
        }
    }

    @Test
    void twoInstructorsActingAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        create(portal.postJson("/bnm/api/v1/staff", Tenancy.MEL_ADMIN, PASSWORD,
                Tenancy.account(SECOND_INSTRUCTOR, "instructor")));
        tenant("instr-race", "Instr-Race", "commune");
        file("instr-race", fixture());
        String etag = portal.get(API + "instr-race", Tenancy.INSTRUCTOR, PASSWORD).headers().firstValue("ETag")
                .orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String[] who : new String[][] {{Tenancy.INSTRUCTOR, "in_review"}, {SECOND_INSTRUCTOR, "returned"}}) {
            Callable<Integer> act = () -> {
                start.await();
                return portal.send("POST", API + "instr-race/transitions", who[0], PASSWORD,
                        "{\"to\":\"" + who[1] + "\",\"comment\":\"À revoir.\"}", etag).statusCode();
            };
            results.add(pool.submit(act));
        }
        start.countDown();
        Set<Integer> statuses = new TreeSet<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(statuses.contains(409) || statuses.contains(412), "never a silent overwrite: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count() + (statuses.size() == 1 ? 1 : 0));
    }

    @Test
    void filingAfterTheClosingDateIsRefusedAndAReopenedDossierIsFiled() throws Exception {
        String id = "ami-bnm-2031";
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
        create(portal.postJson("/bnm/api/v1/campaigns", Tenancy.MEL_ADMIN, PASSWORD, "{\"id\":\"" + id
                + "\",\"title\":\"AMI BNM 2031\",\"status\":\"open\",\"closesAt\":\"" + tomorrow + "\"}"));
        tenant("instr-late", "Instr-Late", "commune");
        String dossier = "/bnm/api/v1/campaigns/" + id + "/dossiers/instr-late";
        ObjectNode document = (ObjectNode) json.readTree(fixture());
        document.put("campaign", id);
        ((ArrayNode) document.get("libraries")).forEach(library -> ((ObjectNode) library).put("dataYear", 2030));
        HttpResponse<String> saved = portal.putJson(dossier, "agent.instr-late", PASSWORD, document.toString(), null);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, portal.postJson(dossier + "/sign", "elu.instr-late", PASSWORD, "").statusCode());
        assertEquals(200, portal.postJson("/bnm/api/v1/campaigns/" + id, Tenancy.MEL_ADMIN, PASSWORD,
                "{\"title\":\"AMI BNM 2031\",\"status\":\"open\",\"opensAt\":\"2020-01-01\",\"closesAt\":\""
                        + yesterday + "\"}").statusCode());

        HttpResponse<String> late = portal.postJson(dossier + "/submit", "agent.instr-late", PASSWORD, "");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("La campagne est close depuis le "), late.body());

        HttpResponse<String> reopened = portal.postJson(dossier + "/reopen", Tenancy.INSTRUCTOR, PASSWORD,
                "{\"deadline\":\"" + tomorrow + "\",\"comment\":\"Délai accordé.\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        HttpResponse<String> filed = portal.postJson(dossier + "/submit", "agent.instr-late", PASSWORD, "");
        assertEquals(200, filed.statusCode(), filed.body());
    }

    @Test
    void aCommuneStartsItsNewCampaignsDossierFromLastYears() throws Exception {
        tenant("instr-next", "Instr-Next", "commune");
        file("instr-next", fixture());
        create(portal.postJson("/bnm/api/v1/campaigns", Tenancy.MEL_ADMIN, PASSWORD,
                "{\"id\":\"ami-bnm-2023\",\"title\":\"AMI BNM 2023\",\"status\":\"open\"}"));
        String next = "/bnm/api/v1/campaigns/ami-bnm-2023/dossiers/instr-next";
        HttpResponse<String> started = portal.postJson(next + "/start-from-previous", "agent.instr-next", PASSWORD, "");
        assertEquals(201, started.statusCode(), started.body());
        JsonNode document = json.readTree(portal.get(next, "agent.instr-next", PASSWORD).body());
        assertEquals("ami-bnm-2023", document.get("campaign").asText());
        assertEquals(2022, document.at("/libraries/0/dataYear").asInt());
        assertEquals("Médiathèque L'Albatros", document.at("/libraries/0/presentation/name").asText());
        assertTrue(document.at("/libraries/0/team/fte").isNull(), "the data year's figures are typed again");
    }

    /** The seed's library three times, filed by a network with a tête de réseau. */
    private String network(String seed) throws Exception {
        ObjectNode d = (ObjectNode) json.readTree(seed);
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("kind", "network");
        ObjectNode network = applicant.putObject("network");
        network.put("name", "Réseau Lys");
        network.putArray("memberCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
        network.put("salariedCoordinator", true);
        network.put("headCommune", "ARMENTIERES");
        applicant.put("communeName", "ARMENTIERES");
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        libraries.add(libraries.get(0).deepCopy());
        for (int i = 0; i < 3; i++) {
            ObjectNode presentation = (ObjectNode) libraries.get(i).get("presentation");
            presentation.put("networkMembership", "intercommunal");
            presentation.put("networkName", "Réseau Lys");
            presentation.putArray("associatedCommunes").add("ARMENTIERES").add("Houplines").add("Erquinghem-Lys");
            presentation.put("networkLibraryCount", 3);
        }
        return d.toString();
    }

    private static String fixture() throws Exception {
        try (InputStream in = InstructionIT.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
