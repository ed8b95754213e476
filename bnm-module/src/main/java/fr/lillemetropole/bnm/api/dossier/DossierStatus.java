package fr.lillemetropole.bnm.api.dossier;

import java.util.Arrays;
import java.util.Set;

/**
 * The life of a dossier: draft → submitted → in_review → accepted | rejected | returned (→ submitted).
 * Its French label is the i18n dictionary's {@code bnm.status.<code>}.
 */
public enum DossierStatus {
    DRAFT("draft"), SUBMITTED("submitted"), IN_REVIEW("in_review"), ACCEPTED("accepted"), REJECTED("rejected"),
    RETURNED("returned");

    private final String code;

    DossierStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
