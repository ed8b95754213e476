package fr.lillemetropole.bnm.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The message a form post leaves for the page it redirects to (a one-time cookie, never the URL). */
final class Flashes {

    private static final Pattern ALERT = Pattern.compile(
            "<p class=\"alert alert--(ok|error)\"[^>]*>(.*?)</p>", Pattern.DOTALL);

    private Flashes() {}

    /** Follows the redirect as the same browser would (its cookies, or HTTP Basic) and reads the page's message. */
    static String follow(Portal portal, HttpClient client, HttpResponse<String> redirect, String basic)
            throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        if (location.contains("ok=") || location.contains("erreur=")) {
            throw new AssertionError("a message is carried in the URL: " + location);
        }
        String path = location.substring(location.indexOf("/content/"));
        HttpRequest.Builder get = HttpRequest.newBuilder(portal.uri(path));
        if (basic != null) {
            get.header("Authorization", basic);
            redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("bnm.flash="))
                    .findFirst().ifPresent(c -> get.header("Cookie", c.substring(0, c.indexOf(';'))));
        }
        HttpResponse<String> page = client.send(get.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return message(page.body());
    }

    /** "ok: …" or "error: …", the text of the page's message; "" when there is none. */
    static String message(String html) {
        Matcher m = ALERT.matcher(html);
        return m.find() ? m.group(1) + ": " + unescape(m.group(2).replaceAll("<[^>]+>", "").strip()) : "";
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
