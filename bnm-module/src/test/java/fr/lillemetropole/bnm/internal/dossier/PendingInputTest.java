package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.dossier.PendingValue;

/** Refused form input: kept as typed, shown where it was typed, moved with its library. */
class PendingInputTest {

    private final LenientDraft lenient = new LenientDraft(new SchemaValidator(DossierSchema.get()));

    @Test
    void survivesItsStoredFormAndShowsWhereItWasTyped() {
        PendingInput input = PendingInput.of(List.of(new PendingValue("/libraries/1/team/fte",
                TextNode.valueOf("dix-sept"), "« ETP » : indiquez un nombre.")));
        PendingInput read = PendingInput.parse(input.serialize());
        assertEquals(input.values(), read.values());

        ObjectNode document = Fixtures.armentieres();
        document.withArray("libraries").add(document.get("libraries").get(0).deepCopy());
        ObjectNode shown = read.overlay(document);
        assertEquals("dix-sept", shown.at("/libraries/1/team/fte").asText());
        assertEquals(17.9, document.at("/libraries/1/team/fte").asDouble(), "the document itself is untouched");
    }

    @Test
    void followsItsLibraryWhenLibrariesMoveOrGo() {
        PendingInput input = PendingInput.of(List.of(
                new PendingValue("/libraries/0/team/fte", TextNode.valueOf("a"), "m"),
                new PendingValue("/libraries/2/team/fte", TextNode.valueOf("c"), "m"),
                new PendingValue("/motivation", TextNode.valueOf("x"), "m")));
        assertEquals(List.of("/libraries/2/team/fte", "/libraries/0/team/fte", "/motivation"),
                input.swapLibraries(0, 2).values().stream().map(PendingValue::pointer).toList());
        assertEquals(List.of("/libraries/1/team/fte", "/motivation"),
                input.removeLibrary(0).values().stream().map(PendingValue::pointer).toList());
    }

    @Test
    void anUnreadableStoredFormIsNothingPendingRatherThanABrokenPage() {
        assertTrue(PendingInput.parse("{not json").isEmpty());
    }

    @Test
    void theLenientSaveStoresEveryAcceptableValueAndReturnsTheRefusedOnesAsTyped() throws InvalidRequestException {
        ObjectNode stored = Fixtures.armentieres();
        ObjectNode typed = stored.deepCopy();
        ((ObjectNode) typed.at("/libraries/0/team")).put("fte", "dix-sept");
        ((ObjectNode) typed.at("/libraries/0/team")).put("volunteers", 3);
        ((ObjectNode) typed.at("/projectLead")).put("email", "@");

        LenientDraft.Outcome outcome = lenient.apply(typed, stored);

        assertEquals(3, outcome.document().at("/libraries/0/team/volunteers").asInt());
        assertEquals(17.9, outcome.document().at("/libraries/0/team/fte").asDouble());
        assertEquals(stored.at("/projectLead/email"), outcome.document().at("/projectLead/email"));
        assertEquals(List.of("/projectLead/email", "/libraries/0/team/fte"),
                outcome.refused().stream().map(PendingValue::pointer).sorted(
                        java.util.Comparator.comparing(p -> !p.startsWith("/projectLead"))).toList());
        assertEquals("dix-sept", outcome.refused().stream().filter(p -> p.pointer().endsWith("fte")).findFirst()
                .orElseThrow().value().asText());
    }
}
