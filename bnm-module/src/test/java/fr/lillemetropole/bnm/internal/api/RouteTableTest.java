package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.lillemetropole.bnm.api.NotFoundException;

/** How the API's table finds a route: variables, the most specific pattern, 404 and 405 with the allowed methods. */
class RouteTableTest {

    /** The real table (handlers are not run here, so no service is needed). */
    private final RouteTable api = AccountsApiServlet.routes(null, null, null, null, null, null, null, null);

    private static String name(RouteTable.Match match) {
        return match.route().toString();
    }

    @Test
    void aPathGivesItsRouteAndItsVariablesByName() throws Exception {
        RouteTable.Match match = api.resolve("GET", "/campaigns/ami-bnm-2022/dossiers/armentieres/status");
        assertEquals("GET /campaigns/{campaign}/dossiers/{tenant}/status", name(match));
        assertEquals(Map.of("campaign", "ami-bnm-2022", "tenant", "armentieres"), match.variables());
    }

    @Test
    void aLoginWithDotsIsOneVariable() throws Exception {
        RouteTable.Match match = api.resolve("POST", "/users/jean.dupont/disable");
        assertEquals("POST /users/{login}/disable", name(match));
        assertEquals(Map.of("login", "jean.dupont"), match.variables());
    }

    @Test
    void theMethodChoosesAmongRoutesOfOnePath() throws Exception {
        assertEquals("GET /campaigns/{campaign}/dossiers/{tenant}", name(api.resolve("GET", "/campaigns/c/dossiers/t")));
        assertEquals("PUT /campaigns/{campaign}/dossiers/{tenant}", name(api.resolve("PUT", "/campaigns/c/dossiers/t")));
        assertEquals("GET /tenants", name(api.resolve("GET", "/tenants")));
        assertEquals("POST /tenants", name(api.resolve("POST", "/tenants")));
    }

    @Test
    void aSuffixedVariableBeatsABareOneAndALiteralBeatsBoth() throws Exception {
        RouteTable.Match pdf = api.resolve("GET", "/campaigns/c/dossiers/armentieres.pdf");
        assertEquals("GET /campaigns/{campaign}/dossiers/{tenant}.pdf", name(pdf));
        assertEquals("armentieres", pdf.variables().get("tenant"));
        assertEquals("GET /campaigns/{campaign}/dossiers/{tenant}/receipt.pdf",
                name(api.resolve("GET", "/campaigns/c/dossiers/armentieres/receipt.pdf")));
        RouteTable table = RouteTable.of(() -> List.of(Route.get("/x/{id}", call -> null),
                Route.get("/x/{id}.csv", call -> null), Route.get("/x/all.csv", call -> null)));
        assertEquals("GET /x/all.csv", name(table.resolve("GET", "/x/all.csv")));
        assertEquals("GET /x/{id}.csv", name(table.resolve("GET", "/x/lille.csv")));
        assertEquals("GET /x/{id}", name(table.resolve("GET", "/x/lille")));
    }

    @Test
    void headIsAnsweredAsGet() throws Exception {
        assertEquals("GET /me", name(api.resolve("HEAD", "/me")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/nulle-part", "/me/nulle-part", "/tenants/lille/users/x", "/campaigns/c/reminders/x",
            "/campaigns/c/dossiers/t/receipt", "/campaigns/c/dossiers/t/sign/x"})
    void aPathNoRouteHasIsNotFound(String path) {
        NotFoundException e = assertThrows(NotFoundException.class, () -> api.resolve("GET", path));
        assertEquals("Adresse inconnue dans l'API.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tenants/..", "/tenants/.", "/tenants/a..b", "/users/../disable", "/tenants//users",
            "/tenants/", "/me/", "//me", "/campaigns/c/dossiers/.pdf", "/campaigns/c/dossiers/t/receipt/verify/",
            "/tenants/a\\b", "/tenants/a:b", "/tenants/a[1]", "/tenants/a b", "/tenants/-a"})
    void anEmptyOrClimbingSegmentMatchesNoRoute(String path) {
        assertThrows(NotFoundException.class, () -> api.resolve("POST", path), path);
        assertThrows(NotFoundException.class, () -> api.resolve("GET", path), path);
    }

    @Test
    void aPathWithoutThisMethodIsNotAllowedAndSaysWhichAre() {
        assertEquals(List.of("POST"), notAllowed("GET", "/me/password"));
        assertEquals(List.of("GET", "HEAD"), notAllowed("DELETE", "/me"));
        assertEquals(List.of("GET", "HEAD", "POST"), notAllowed("PATCH", "/tenants"));
        assertEquals(List.of("GET", "HEAD", "PUT"), notAllowed("POST", "/campaigns/c/dossiers/t"));
        assertEquals(List.of("GET", "HEAD"), notAllowed("POST", "/campaigns/c/dossiers/t/receipt.pdf"));
    }

    private List<String> notAllowed(String method, String path) {
        return assertThrows(MethodNotAllowedException.class, () -> api.resolve(method, path)).getAllowed();
    }

    @Test
    void twoRoutesOfOneMethodAndOneShapeAreRefused() {
        ApiRoutes first = () -> List.of(Route.get("/tenants/{slug}", call -> null));
        ApiRoutes second = () -> List.of(Route.get("/tenants/{name}", call -> null));
        assertThrows(IllegalArgumentException.class, () -> RouteTable.of(first, second));
        RouteTable table = RouteTable.of(first, () -> List.of(Route.delete("/tenants/{slug}", call -> null)));
        assertEquals("DELETE /tenants/{slug}", assertDoesNotThrow(() -> table.resolve("DELETE", "/tenants/a")).route()
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "me", "/me/", "/a//b", "/{x}/{x}", "/{X}", "/{x", "/a/../b", "/{x}a/b/", "/é"})
    void anIllFormedPatternIsRefused(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> RoutePattern.parse(pattern), pattern);
    }

    @Test
    void aVariableNotInTheRouteIsAProgrammingError() throws Exception {
        RouteTable.Match match = api.resolve("GET", "/tenants/lille");
        ApiRequest call = new ApiRequest(new org.apache.sling.servlethelpers.MockSlingHttpServletRequest(null))
                .bind(match.variables());
        assertEquals("lille", call.var("slug"));
        assertThrows(IllegalArgumentException.class, () -> call.var("tenant"));
    }
}
