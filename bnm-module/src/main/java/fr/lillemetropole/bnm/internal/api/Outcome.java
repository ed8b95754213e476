package fr.lillemetropole.bnm.internal.api;

/** What a route answers: status, JSON body, confirmation for HTML forms, and the dossier's ETag if any. */
record Outcome(int status, Object body, String message, String etag) {

    Outcome(int status, Object body, String message) {
        this(status, body, message, null);
    }

    /** 200 with {@code body}, no confirmation. */
    static Outcome ok(Object body) {
        return new Outcome(200, body, null);
    }

    /** 201 with {@code body}, and the confirmation an HTML form shows. */
    static Outcome created(Object body, String message) {
        return new Outcome(201, body, message);
    }
}
