package fr.lillemetropole.bnm.api.campaign;

import java.util.Arrays;
import java.util.Optional;

/** The life of a campaign: draft (being prepared) → open → closed → archived. */
public enum CampaignStatus {
    DRAFT("draft", "Brouillon"), OPEN("open", "Ouverte"), CLOSED("closed", "Clôturée"),
    ARCHIVED("archived", "Archivée");

    private final String code;
    private final String label;

    CampaignStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code stored in the repository and used by the API ("open"). */
    public String code() {
        return code;
    }

    /** The French label shown to users ("Ouverte"). */
    public String label() {
        return label;
    }

    /** The status of a code, if it is one. */
    public static Optional<CampaignStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
