package fr.lillemetropole.bnm.internal.dossier.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Titles and labels found by JSON pointer, through "$ref", "$defs" and list entries. */
class SchemaTextTest {

    private final SchemaText text = SchemaText.dossier();
    private final SchemaTree tree = SchemaTree.dossier();

    @Test
    void aFieldsTitleIsFoundThroughRefsAndListEntries() {
        assertEquals("Nombre d’équivalents temps plein", text.title("/libraries/3/team/fte"));
        assertEquals("Délégation", text.title("/electedOfficial/delegation"));
        assertEquals("Objectif", text.title("/objectives/0/objective"), "the title of $defs/objectiveKind");
        assertEquals("Objectif coché", text.title("/objectives/2"), "a list entry's own title");
        assertEquals("Communes du réseau", text.title("/applicant/network/memberCommunes/1"),
                "an entry without a title takes its list's");
        assertEquals("Hébergement en local / chez le prestataire", text.title("/libraries/0/ils/hosting"));
    }

    @Test
    void aChoiceIsNamedByItsLabel() {
        assertEquals("Envisagé en 2024", text.label("/commitments/ils", "planned_2024"));
        assertEquals("Groupe logiciel métier", text.label("/engagement/workingGroups", "ils"), "a multi-select's");
        assertEquals("Groupe logiciel métier", text.label("/engagement/workingGroups/0", "ils"));
        assertEquals("+++", text.label("/objectives/1/importance", "3"));
        assertEquals("régie directe (budget géré par la commune)",
                text.label("/libraries/0/presentation/management", "direct"));
        assertThrows(IllegalArgumentException.class, () -> text.label("/commitments/ils", "maybe"));
        assertNull(text.label(tree.at("/commitments/ils"), "maybe"));
    }

    @Test
    void aShortOrSharedTitleIsNamedWithItsGroup() {
        assertEquals("« Nom » (Élu référent du dossier)", text.name("/electedOfficial/lastName"));
        assertEquals("« Nom » (Agent référent identifié pour la mise en oeuvre et le suivi du projet)",
                text.name("/projectLead/lastName"), "the group's title without its closing parenthesis");
        assertEquals("« Coût annuel pour l’hébergement et la maintenance » (Portail)",
                text.name("/libraries/0/portal/annualCost"), "shared by the ILS and the portal");
        assertEquals("« Le » (Signature d’une commune du réseau)",
                text.name("/signature/networkSignatories/1/date"));
        assertEquals("« Objectif »", text.name("/objectives/0/objective"), "its group « Objectif coché » says it");
        assertEquals("« Date » (Dépôt du dossier AMI validé par signature de l’élu référent ou délibération)",
                text.name("/validation/date"));
        assertEquals("« Nombre de livres empruntables »", text.name("/libraries/0/collections/books"));
    }

    @Test
    void quotesInsideATitleNestAsFrenchDoes() {
        assertEquals("« Commune désignée “tête de réseau” »",
                SchemaText.quote(text.title("/applicant/network/headCommune")));
    }

    @Test
    void aPointerTheSchemaDoesNotHaveIsAnError() {
        assertNull(tree.at("/libraries/0/colour"));
        assertThrows(IllegalArgumentException.class, () -> text.title("/libraries/0/colour"));
        assertThrows(IllegalArgumentException.class, () -> text.name("/couleur"));
    }
}
