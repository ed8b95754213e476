package fr.lillemetropole.bnm.api;

/** The caller is known but its role does not allow the action (403). */
public class ForbiddenException extends Exception {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
