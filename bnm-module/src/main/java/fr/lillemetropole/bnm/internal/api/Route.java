package fr.lillemetropole.bnm.internal.api;

import java.util.Objects;

/** One route of the API: an HTTP method and a path pattern (below {@value ApiResourceProvider#ROOT}) → its handler. */
record Route(String method, RoutePattern pattern, Handler handler) {

    /** Answers one call whose path variables are bound ({@link ApiRequest#var}); throws what {@link ApiErrors} maps. */
    @FunctionalInterface
    interface Handler {
        Outcome handle(ApiRequest call) throws Exception;
    }

    Route {
        Objects.requireNonNull(method);
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(handler);
    }

    static Route get(String pattern, Handler handler) {
        return new Route("GET", RoutePattern.parse(pattern), handler);
    }

    static Route post(String pattern, Handler handler) {
        return new Route("POST", RoutePattern.parse(pattern), handler);
    }

    static Route put(String pattern, Handler handler) {
        return new Route("PUT", RoutePattern.parse(pattern), handler);
    }

    static Route delete(String pattern, Handler handler) {
        return new Route("DELETE", RoutePattern.parse(pattern), handler);
    }

    /** {@code GET /me}: how the contract lists it. */
    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
