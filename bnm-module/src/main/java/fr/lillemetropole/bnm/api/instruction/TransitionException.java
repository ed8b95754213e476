package fr.lillemetropole.bnm.api.instruction;

import java.util.List;

import fr.lillemetropole.bnm.api.ConflictException;

/** A move the dossier's status does not allow (409): the statuses it may move to instead. */
public class TransitionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final List<String> allowed;

    public TransitionException(String message, List<String> allowed) {
        super("/to", message);
        this.allowed = List.copyOf(allowed);
    }

    public List<String> getAllowed() {
        return allowed;
    }
}
