package fr.lillemetropole.bnm.api;

/** The thing to create exists already (answered 409), or the state forbids the change. */
public class ConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    public ConflictException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String getPointer() {
        return pointer;
    }
}
