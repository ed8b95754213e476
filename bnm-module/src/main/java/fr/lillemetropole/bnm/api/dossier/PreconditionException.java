package fr.lillemetropole.bnm.api.dossier;

/** If-Match missing (428) or stale (412): nothing was written. */
public class PreconditionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String currentEtag;

    public PreconditionException(int status, String currentEtag, String message) {
        super(message);
        this.status = status;
        this.currentEtag = currentEtag;
    }

    public int getStatus() {
        return status;
    }

    public String getCurrentEtag() {
        return currentEtag;
    }
}
