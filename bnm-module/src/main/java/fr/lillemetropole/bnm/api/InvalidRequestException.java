package fr.lillemetropole.bnm.api;

import java.util.List;

/**
 * Bad input, with every error found; nothing was stored. Answered 400 ("Requête invalide"), or
 * 413 for a body too large and 415 for a body that is not JSON, with the title that goes with it.
 */
public class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;
    private final int status;

    public InvalidRequestException(List<FieldError> errors) {
        this(400, errors);
    }

    public InvalidRequestException(FieldError error) {
        this(List.of(error));
    }

    public InvalidRequestException(int status, FieldError error) {
        this(status, List.of(error));
    }

    private InvalidRequestException(int status, List<FieldError> errors) {
        super(errors.isEmpty() ? "requête invalide" : errors.get(0).message());
        this.errors = List.copyOf(errors);
        this.status = status;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** 400, 413 (body too large) or 415 (not JSON). */
    public int getStatus() {
        return status;
    }

    /** The French title of the problem answered. */
    public String getTitle() {
        return switch (status) {
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format de requête non pris en charge";
            default -> "Requête invalide";
        };
    }
}
