package fr.lillemetropole.bnm.api;

/** Missing, or not readable by the caller: the two are answered alike (404). */
public class NotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
