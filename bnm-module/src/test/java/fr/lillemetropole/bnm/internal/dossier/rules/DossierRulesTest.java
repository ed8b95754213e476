package fr.lillemetropole.bnm.internal.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;

/** Each rule fires alone: one change to a complete dossier breaks exactly that rule. */
class DossierRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedsDossierSatisfiesEveryRule() {
        assertEquals(List.of(), DossierRules.check(armentieres()));
    }

    @Test
    void aCompleteNetworkDossierSatisfiesEveryRule() {
        assertEquals(List.of(), DossierRules.check(network(true)));
        assertEquals(List.of(), DossierRules.check(network(false)));
    }

    static Stream<Arguments> communeRules() {
        return Stream.of(
                rule("R1", "/campaign", d -> d.put("campaign", "ami-bnm")),
                rule("R2", "/applicant/kind", d -> obj(d, "applicant").putNull("kind")),
                rule("R5", "/libraries", d -> { pres(d).put("management", "other"); pres(d).put("managementOther", "associative"); }),
                rule("R6", "/electedOfficial/delegation", d -> obj(d, "electedOfficial").putNull("delegation")),
                rule("R7", "/projectLead/phone", d -> obj(d, "projectLead").put("phone", "  ")),
                rule("R8", "/libraries/0/presentation/email", d -> pres(d).put("email", "albatros@ville / x@y.fr")),
                rule("R9", "/validation/date", d -> obj(d, "validation").put("mode", "deliberation")),
                rule("R10", "/libraries/0/dataYear", d -> lib(d).put("dataYear", 2020)),
                rule("R11", "/libraries/0/presentation/manager", d -> pres(d).putNull("manager")),
                rule("R12", "/libraries/0/presentation/portalUrl", d -> pres(d).put("portalUrl", "ftp://x.fr")),
                rule("R13", "/libraries/0/presentation/networkName", d -> pres(d).put("networkMembership", "communal")),
                rule("R14", "/libraries/0/presentation/managementOther", d -> pres(d).put("managementOther", "x")),
                rule("R15", "/libraries/0/collections/games", d -> obj(lib(d), "collections").putNull("games")),
                rule("R16", "/libraries/0/audience/activeBorrowers", d -> obj(lib(d), "audience").put("activeBorrowers", "NC")),
                rule("R17", "/libraries/0/collections/books", d -> obj(lib(d), "collections").put("books", 49303.5)),
                rule("R18", "/libraries/0/audience", d -> obj(lib(d), "audience").put("adults", 3000)),
                rule("R19", "/libraries/0/collections", d -> obj(lib(d), "collections").put("books", 70000)),
                rule("R20", "/libraries/0/team", d -> obj(lib(d), "team").put("fte", 20)),
                rule("R21", "/libraries/0/equipment/rfid", d -> obj(lib(d), "equipment").putNull("rfid")),
                rule("R22", "/libraries/0/fees/adultsResident", d -> obj(lib(d), "fees").putNull("adultsResident")),
                rule("R23", "/libraries/0/ils/vendor", d -> obj(lib(d), "ils").putNull("vendor")),
                rule("R24", "/libraries/0/onlineResources/offered", d -> obj(lib(d), "budget").put("digitalSubscriptions", 100)),
                rule("R25", "/libraries/0/socialNetworks/instagram", d -> obj(lib(d), "socialNetworks").put("instagram", "  ")),
                rule("R26", "/libraries/0/melLinks/libre2lire", d -> obj(lib(d), "melLinks").putNull("libre2lire")),
                rule("R27", "/motivation", d -> d.putNull("motivation")),
                rule("R28", "/commitments/keepCompatibleIls/software",
                        d -> obj(obj(d, "commitments"), "keepCompatibleIls").put("software", "pmb")),
                rule("R29", "/objectives", d -> ((ArrayNode) d.get("objectives")).remove(2)),
                rule("R30", "/objectives/1/objective", d -> objective(d, 1).put("objective", "modernise_library")),
                rule("R31", "/objectives/2/importance", d -> objective(d, 2).put("importance", 2)),
                rule("R32", "/objectives/0/otherText", d -> objective(d, 0).put("otherText", "x")),
                rule("R33", "/engagement/training", d -> obj(d, "engagement").put("training", false)),
                rule("R34", "/signature/place", d -> obj(d, "signature").putNull("place")),
                rule("R35", "/signature/networkSignatories", d -> obj(d, "signature").withArray("networkSignatories")
                        .addObject().put("commune", "ARMENTIERES").put("signatoryName", "X").put("date", "2022-09-30")));
    }

    @ParameterizedTest(name = "{0} fires alone")
    @MethodSource("communeRules")
    void eachRuleFiresAloneOnACommuneDossier(String rule, String pointer, Consumer<ObjectNode> change) {
        ObjectNode dossier = armentieres();
        change.accept(dossier);
        assertFiresAlone(rule, pointer, dossier);
    }

    @Test
    void networkRulesFireAlone() {
        ObjectNode noCoordinator = network(true);
        obj(obj(noCoordinator, "applicant"), "network").put("salariedCoordinator", false);
        assertFiresAlone("R3", "/applicant/network/salariedCoordinator", noCoordinator);

        ObjectNode wrongCount = network(true);
        for (int i = 0; i < 2; i++) {
            ((ObjectNode) wrongCount.get("libraries").get(i).get("presentation")).put("networkLibraryCount", 3);
        }
        assertFiresAlone("R4", "/libraries/0/presentation/networkLibraryCount", wrongCount);

        ObjectNode missingSignatory = network(false);
        ((ArrayNode) missingSignatory.get("signature").get("networkSignatories")).remove(1);
        assertFiresAlone("R35", "/signature/networkSignatories", missingSignatory);
    }

    @Test
    void ncNullAndZeroAreNotTheSame() {
        ObjectNode zero = armentieres();
        obj(lib(zero), "budget").put("communication", 0);
        assertEquals(List.of(), DossierRules.check(zero));
        ObjectNode unanswered = armentieres();
        obj(lib(unanswered), "budget").putNull("communication");
        assertEquals(Set.of("R15"), rules(DossierRules.check(unanswered)));
    }

    @Test
    void everyMessageIsFrench() {
        ObjectNode empty = JSON.createObjectNode().put("schemaVersion", 1).put("campaign", "ami-bnm-2022");
        List<FieldError> errors = DossierRules.check(new fr.lillemetropole.bnm.internal.dossier.Normalizer(
                fr.lillemetropole.bnm.internal.dossier.DossierSchema.get()).normalize(empty));
        assertFalse(errors.isEmpty());
        for (FieldError error : errors) {
            assertTrue(error.message().matches(".*[a-zà-ÿ].*") && !error.message().startsWith("must"), error.toString());
            assertTrue(error.pointer().startsWith("/"), error.toString());
        }
    }

    private static void assertFiresAlone(String rule, String pointer, ObjectNode dossier) {
        List<FieldError> errors = DossierRules.check(dossier);
        assertEquals(Set.of(rule), rules(errors), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.pointer().equals(pointer)), errors.toString());
    }

    private static Set<String> rules(List<FieldError> errors) {
        return errors.stream().map(FieldError::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Arguments rule(String id, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(id, pointer, change);
    }

    static ObjectNode armentieres() {
        try (InputStream in = DossierRulesTest.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed's library twice, filed by a network (with or without a tête de réseau). */
    static ObjectNode network(boolean head) {
        ObjectNode d = armentieres();
        ObjectNode applicant = obj(d, "applicant");
        applicant.put("kind", "network");
        ObjectNode network = applicant.putObject("network");
        network.put("name", "Réseau Lys");
        network.putArray("memberCommunes").add("ARMENTIERES").add("Houplines");
        network.put("salariedCoordinator", true);
        if (head) {
            network.put("headCommune", "ARMENTIERES");
            applicant.put("communeName", "ARMENTIERES");
        } else {
            network.putNull("headCommune");
            applicant.putNull("communeName");
            ObjectNode signature = obj(d, "signature");
            signature.putNull("signatoryName");
            signature.putNull("signatoryRole");
            ArrayNode signatories = signature.putArray("networkSignatories");
            signatories.addObject().put("commune", "ARMENTIERES").put("signatoryName", "J.-M. Monpays").put("date", "2022-09-30");
            signatories.addObject().put("commune", " Houplines ").put("signatoryName", "A. Dupont").put("date", "2022-09-29");
        }
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        for (int i = 0; i < 2; i++) {
            ObjectNode presentation = (ObjectNode) libraries.get(i).get("presentation");
            presentation.put("networkMembership", "intercommunal");
            presentation.put("networkName", "Réseau Lys");
            presentation.putArray("associatedCommunes").add("ARMENTIERES").add("Houplines");
            presentation.put("networkLibraryCount", 2);
        }
        return d;
    }

    static ObjectNode obj(ObjectNode parent, String name) {
        return (ObjectNode) parent.get(name);
    }

    static ObjectNode lib(ObjectNode d) {
        return (ObjectNode) d.get("libraries").get(0);
    }

    static ObjectNode pres(ObjectNode d) {
        return obj(lib(d), "presentation");
    }

    static ObjectNode objective(ObjectNode d, int i) {
        return (ObjectNode) d.get("objectives").get(i);
    }
}
