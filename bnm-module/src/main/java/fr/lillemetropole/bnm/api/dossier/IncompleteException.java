package fr.lillemetropole.bnm.api.dossier;

import java.util.List;

import fr.lillemetropole.bnm.api.FieldError;

/** Filing refused (422): every violated rule. */
public class IncompleteException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public IncompleteException(List<FieldError> errors) {
        super("Le dossier est incomplet.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
