package fr.lillemetropole.bnm.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.dossier.Fixtures;

/** What the directory takes from a filed dossier: a network's libraries in their own communes. */
class LibraryExtractTest {

    private static final LibraryExtract.Tenant NETWORK = new LibraryExtract.Tenant("reseau-lys", "Réseau Lys",
            "network", List.of("Comines", "Wervicq-Sud"), "Comines");

    private static ObjectNode network() {
        ObjectNode d = Fixtures.armentieres();
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("kind", "network");
        applicant.putObject("network").put("name", "Réseau Lys").put("headCommune", "Comines");
        ArrayNode libraries = (ArrayNode) d.get("libraries");
        libraries.add(libraries.get(0).deepCopy());
        libraries.add(libraries.get(0).deepCopy());
        ((ObjectNode) libraries.get(0).get("presentation")).put("name", "Bibliothèque du Centre")
                .put("address", "2 place de la Mairie, 59117 WERVICQ SUD");
        ((ObjectNode) libraries.get(1).get("presentation")).put("name", "Médiathèque de la Gare")
                .put("address", "8 rue de la Gare, 59560 Comines");
        ((ObjectNode) libraries.get(2).get("presentation")).put("name", "Point lecture").putNull("address");
        ((ObjectNode) libraries.get(2).get("equipment")).put("eReaders", "NC").put("automatedReturnBox", true);
        ((ObjectNode) d.get("commitments")).put("ils", "planned_2024").put("ebookPolicy", "no");
        return d;
    }

    @Test
    void aNetworksLibrariesAreInTheCommuneTheirAddressNames() {
        List<PublicLibrary> libraries = LibraryExtract.of(network(), NETWORK, "ami-bnm-2022");
        assertEquals(List.of("Wervicq-Sud", "Comines", "Comines"), libraries.stream().map(PublicLibrary::commune)
                .toList(), "matched without accents nor hyphens; the head commune without an address");
        assertEquals("Réseau Lys", libraries.get(0).network());
        assertEquals(List.of("online_resources", "mediation"), libraries.get(0).commitments(),
                "only commitments answered OUI");
        assertEquals(List.of("wifi", "tablets", "digital_advisors", "rfid", "return_box"), libraries.get(2).services(),
                "NC e-readers are not a service");
    }

    @Test
    void aLibraryWithoutANameIsLeftOut() {
        ObjectNode d = Fixtures.armentieres();
        ((ObjectNode) d.at("/libraries/0/presentation")).putNull("name");
        assertEquals(List.of(), LibraryExtract.of(d, new LibraryExtract.Tenant("a", "Armentières", "commune",
                List.of(), null), "ami-bnm-2022"));
    }

    @Test
    void slugsAreCleanUrlNames() {
        assertEquals("mediatheque-l-odyssee-lomme", LibraryExtract.slug("Médiathèque L'Odyssée, Lomme"));
        assertEquals("bibliotheque", LibraryExtract.slug("« »"));
        assertNull(LibraryExtract.of(new ObjectMapper().createObjectNode(), NETWORK, "c").stream().findAny()
                .orElse(null));
    }
}
