package fr.lillemetropole.bnm.internal.dossier.rules;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.FieldError;

/** Rules R1-R35 of shared/contracts/ami-dossier-rules.md, over a dossier in normal form. */
public final class DossierRules {

    private DossierRules() {}

    /** Every violated rule, each error with its rule id, pointer and French message. */
    public static List<FieldError> check(JsonNode normalDossier) {
        Check check = new Check(normalDossier);
        ApplicantRules.check(check);
        LibraryRules.check(check);
        EngagementRules.check(check);
        return List.copyOf(check.errors);
    }
}
