package fr.lillemetropole.bnm.internal.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.lillemetropole.bnm.api.NotFoundException;

/**
 * The API's routes, method + pattern → handler. A path resolves to the most specific pattern of its
 * method (a literal segment before {@code {tenant}.pdf} before {@code {tenant}}); a path no route
 * has is a {@link NotFoundException}, a path some route has but not for this method a
 * {@link MethodNotAllowedException} naming the methods it allows. HEAD is answered as GET.
 */
final class RouteTable {

    static final String UNKNOWN = "Adresse inconnue dans l'API.";
    /** The order of methods in an {@code Allow} header. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /** A resolved call: its route and the values of the pattern's variables. */
    record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** One table of every group's routes; two routes of one method and one shape are a programming error. */
    static RouteTable of(ApiRoutes... groups) {
        List<Route> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ApiRoutes group : groups) {
            for (Route route : group.routes()) {
                if (!METHODS.contains(route.method()) || "HEAD".equals(route.method())) {
                    throw new IllegalArgumentException("Unsupported method in " + route);
                }
                if (!seen.add(route.method() + " " + route.pattern().shape())) {
                    throw new IllegalArgumentException("Two routes for " + route);
                }
                all.add(route);
            }
        }
        return new RouteTable(all);
    }

    /** The routes, in registration order ("GET /me"…). */
    List<Route> routes() {
        return routes;
    }

    /** The route for {@code method} and {@code path} (below the API's root, e.g. "/tenants/lille"). */
    Match resolve(String method, String path) throws NotFoundException, MethodNotAllowedException {
        List<String> segments = segments(path);
        String wanted = "HEAD".equals(method) ? "GET" : method;
        Match best = null;
        Set<String> allowed = new HashSet<>();
        for (Route route : routes) {
            Map<String, String> variables = route.pattern().match(segments);
            if (variables == null) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(wanted)
                    && (best == null || route.pattern().compareSpecificity(best.route().pattern()) < 0)) {
                best = new Match(route, variables);
            }
        }
        if (best != null) {
            return best;
        }
        if (allowed.isEmpty()) {
            throw new NotFoundException(UNKNOWN);
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        throw new MethodNotAllowedException(METHODS.stream().filter(allowed::contains).toList());
    }

    /** "/a/b" → [a, b]; empty segments are kept (no pattern matches them); "", "/" and "a/b" have none. */
    static List<String> segments(String path) {
        if (path == null || !path.startsWith("/") || "/".equals(path)) {
            return List.of();
        }
        return Arrays.asList(path.substring(1).split("/", -1));
    }
}
