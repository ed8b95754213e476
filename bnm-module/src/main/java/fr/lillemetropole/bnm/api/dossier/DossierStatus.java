package fr.lillemetropole.bnm.api.dossier;

import java.util.Arrays;
import java.util.Set;

/** The life of a dossier: draft → submitted → in_review → accepted | rejected | returned (→ submitted). */
public enum DossierStatus {
    DRAFT("draft", "Brouillon — non déposé"), SUBMITTED("submitted", "Déposé"), IN_REVIEW("in_review", "En instruction"),
    ACCEPTED("accepted", "Retenu"), REJECTED("rejected", "Non retenu"), RETURNED("returned", "À compléter");

    private final String code;
    private final String label;

    DossierStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }

    /** The French label of a status code; an unknown code is shown as it is. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).map(DossierStatus::label).findFirst()
                .orElse(code == null ? "" : code);
    }

    public static DossierStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    }

    /** The commune may change the dossier. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The statuses a dossier may move to from this one. */
    public Set<DossierStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(IN_REVIEW, RETURNED);
            case IN_REVIEW -> Set.of(ACCEPTED, REJECTED, RETURNED);
            case ACCEPTED, REJECTED -> Set.of();
        };
    }
}
