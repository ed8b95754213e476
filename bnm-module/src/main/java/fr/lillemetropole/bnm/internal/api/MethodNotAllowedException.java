package fr.lillemetropole.bnm.internal.api;

import java.util.List;

/** The path is a route of the API, but not for this method (405, with the methods it allows). */
final class MethodNotAllowedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<String> allowed;

    MethodNotAllowedException(List<String> allowed) {
        super("Action impossible sur cette adresse de l'API.");
        this.allowed = List.copyOf(allowed);
    }

    /** The methods the path allows, in the order of an {@code Allow} header. */
    List<String> getAllowed() {
        return allowed;
    }
}
