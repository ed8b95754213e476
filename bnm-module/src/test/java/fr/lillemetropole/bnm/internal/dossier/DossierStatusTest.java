package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.api.dossier.DossierStatus;

/** draft → submitted → in_review → accepted | rejected | returned, and returned → submitted again. */
class DossierStatusTest {

    @Test
    void theStateMachineFollowsTheAmi() {
        assertEquals(Set.of(DossierStatus.SUBMITTED), DossierStatus.DRAFT.next());
        assertEquals(Set.of(DossierStatus.IN_REVIEW, DossierStatus.RETURNED), DossierStatus.SUBMITTED.next());
        assertEquals(Set.of(DossierStatus.ACCEPTED, DossierStatus.REJECTED, DossierStatus.RETURNED),
                DossierStatus.IN_REVIEW.next());
        assertEquals(Set.of(DossierStatus.SUBMITTED), DossierStatus.RETURNED.next());
        assertTrue(DossierStatus.ACCEPTED.next().isEmpty());
        assertTrue(DossierStatus.REJECTED.next().isEmpty());
    }

    @Test
    void onlyDraftsAndReturnedDossiersAreEditable() {
        for (DossierStatus status : DossierStatus.values()) {
            assertEquals(status == DossierStatus.DRAFT || status == DossierStatus.RETURNED, status.editable(), status.code());
        }
        assertFalse(DossierStatus.of("submitted").editable());
        assertThrows(IllegalArgumentException.class, () -> DossierStatus.of("filed"));
    }
}
