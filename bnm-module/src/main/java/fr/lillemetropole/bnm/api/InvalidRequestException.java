package fr.lillemetropole.bnm.api;

import java.util.List;

/** Bad input: answered 400 with every error found; nothing was stored. */
public class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "requête invalide" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
