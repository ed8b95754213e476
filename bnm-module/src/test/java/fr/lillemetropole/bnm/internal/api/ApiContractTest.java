package fr.lillemetropole.bnm.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The API's contract is the route list in {@link AccountsApiServlet}'s Javadoc: it names every route
 * of the table, in the table's order, and nothing else (a route added without its line fails here).
 */
class ApiContractTest {

    private static final Path SOURCE = Path.of("src/main/java/fr/lillemetropole/bnm/internal/api/AccountsApiServlet.java");
    private static final Pattern LINE = Pattern.compile("^ \\* (GET|POST|PUT|PATCH|DELETE) +(/\\S*)", Pattern.MULTILINE);

    @Test
    void theJavadocListsEveryRouteOfTheTable() throws Exception {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String listing = source.substring(source.indexOf("<pre>"), source.indexOf("</pre>"));
        List<String> documented = LINE.matcher(listing).results().map(ApiContractTest::route).toList();
        List<String> table = AccountsApiServlet.routes(null, null, null, null, null, null, null, null).routes().stream().map(Route::toString).toList();
        assertEquals(String.join("\n", table), String.join("\n", documented));
    }

    private static String route(java.util.regex.MatchResult line) {
        return line.group(1) + " " + line.group(2);
    }
}
