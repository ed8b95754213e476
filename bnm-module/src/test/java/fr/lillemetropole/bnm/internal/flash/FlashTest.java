package fr.lillemetropole.bnm.internal.flash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.jcr.Session;
import javax.servlet.http.Cookie;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.lillemetropole.bnm.internal.models.MessagesImpl;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;
import fr.lillemetropole.bnm.models.Messages;
import fr.lillemetropole.bnm.testing.BnmContext;

/** A form's message for the next page: signed, shown once, unforgeable, short-lived, same key on every node. */
@ExtendWith(SlingContextExtension.class)
class FlashTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final SlingContext context = BnmContext.create();
    private FlashKey key;

    @BeforeEach
    void setUp() {
        key = new FlashKey(new TestServiceSessions(context));
        context.addModelsForClasses(MessagesImpl.class);
    }

    @Test
    void aMessageWrittenIsShownOnTheNextPageViewOnly() throws Exception {
        String setCookie = write(key, NOW, "Le compte a été créé.", true);
        assertTrue(setCookie.startsWith("bnm.flash="), setCookie);
        for (String attribute : List.of("Path=/", "Max-Age=120", "HttpOnly", "SameSite=Lax")) {
            assertTrue(setCookie.contains("; " + attribute), attribute + " in " + setCookie);
        }
        View first = view("GET", value(setCookie), NOW.plusSeconds(5));
        assertEquals(Optional.of(new Flash(Flash.Kind.OK, "Le compte a été créé.")), first.flash);
        assertEquals("Le compte a été créé.", first.messages.getOk());
        assertNull(first.messages.getError());
        assertTrue(first.clears(), "the browser forgets it: " + first.setCookies);

        View again = view("GET", null, NOW.plusSeconds(6));
        assertEquals(Optional.empty(), again.flash, "once the cookie is cleared nothing is shown");
        assertTrue(again.setCookies.isEmpty());
    }

    @Test
    void anErrorIsAnError() throws Exception {
        View view = view("GET", value(write(key, NOW, "Le mot de passe actuel n'est pas le bon.", false)), NOW);
        assertEquals("Le mot de passe actuel n'est pas le bon.", view.messages.getError());
        assertNull(view.messages.getOk());
    }

    @Test
    void aCraftedUrlParameterShowsNothing() throws Exception {
        MockSlingHttpServletRequest request = context.request();
        request.setQueryString("ok=Votre+compte+est+suspendu");
        request.setParameterMap(java.util.Map.of("ok", "Votre compte est suspendu", "erreur", "Appelez le 0899"));
        Messages messages = request.adaptTo(Messages.class);
        assertNull(messages.getOk());
        assertNull(messages.getError());
    }

    @Test
    void aTamperedMessageIsIgnoredAndCleared() throws Exception {
        String value = value(write(key, NOW, "Le compte a été créé.", true));
        String mac = value.substring(value.indexOf('.'));
        String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, value.indexOf('.'))),
                StandardCharsets.UTF_8).replace("Le compte a été créé.", "Appelez le 0899 123 456.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + mac;

        View view = view("GET", forged, NOW);
        assertEquals(Optional.empty(), view.flash);
        assertNull(view.messages.getOk());
        assertTrue(view.clears());
        for (String garbage : List.of("", ".", "abc", "a.b.c", "%%%.###", value + "x")) {
            assertEquals(Optional.empty(), view("GET", garbage, NOW).flash, garbage);
        }
    }

    @Test
    void aMessageSignedWithAnotherKeyIsIgnored() throws Exception {
        String foreign = new FlashCookie(new byte[32]).seal(new Flash(Flash.Kind.OK, "Bienvenue"), NOW.getEpochSecond()
                + 60);
        assertEquals(Optional.empty(), view("GET", foreign, NOW).flash);
    }

    @Test
    void anExpiredMessageIsIgnoredAndCleared() throws Exception {
        String value = value(write(key, NOW, "Le compte a été créé.", true));
        assertTrue(view("GET", value, NOW.plusSeconds(119)).flash.isPresent(), "still there after 119 s");
        View late = view("GET", value, NOW.plusSeconds(121));
        assertEquals(Optional.empty(), late.flash);
        assertTrue(late.clears());
    }

    @Test
    void aPostLeavesTheMessageForThePageItRedirectsTo() throws Exception {
        View post = view("POST", value(write(key, NOW, "Enregistré.", true)), NOW);
        assertEquals(Optional.empty(), post.flash);
        assertTrue(post.setCookies.isEmpty(), "not consumed by the post");
    }

    @Test
    void aLongTextIsCutAt600Characters() throws Exception {
        String text = "é".repeat(599) + "😀" + "x".repeat(100);
        Flash shown = view("GET", value(write(key, NOW, text, true)), NOW).flash.orElseThrow();
        assertEquals("é".repeat(599), shown.text(), "never half a character");
        assertEquals(600, view("GET", value(write(key, NOW, "a".repeat(700), true)), NOW).flash.orElseThrow().text()
                .length());
    }

    @Test
    void theKeyIsStoredInTheRepositoryAndSharedByEveryNode() throws Exception {
        String value = value(write(key, NOW, "Le compte a été créé.", true));
        Session admin = context.resourceResolver().adaptTo(Session.class);
        admin.refresh(false);
        String stored = admin.getNode(FlashKey.ROOT).getProperty(FlashKey.PROPERTY).getString();
        assertEquals(32, Base64.getDecoder().decode(stored).length);

        FlashKey otherNode = new FlashKey(new TestServiceSessions(context));
        assertTrue(view(otherNode, "GET", value, NOW).flash.isPresent(), "read by a node that did not write it");
        write(otherNode, NOW, "Enregistré.", true);
        admin.refresh(false);
        assertEquals(stored, admin.getNode(FlashKey.ROOT).getProperty(FlashKey.PROPERTY).getString(), "reused");

        admin.getNode(FlashKey.ROOT).setProperty(FlashKey.PROPERTY,
                Base64.getEncoder().encodeToString(new byte[32]));
        admin.save();
        assertTrue(view(key, "GET", value, NOW).flash.isPresent(), "kept in memory once read");
    }

    @Test
    void aNewKeyIsRandom() throws Exception {
        FlashKey other = new FlashKey(new TestServiceSessions(context));
        byte[] first = key.get();
        Session admin = context.resourceResolver().adaptTo(Session.class);
        admin.refresh(false);
        admin.getNode(FlashKey.ROOT).getProperty(FlashKey.PROPERTY).remove();
        admin.save();
        assertNotEquals(Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(other.get()),
                "random, not a constant");
    }

    private static String write(FlashKey key, Instant at, String text, boolean ok) {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        FlashWriter writer = new FlashWriter(key, Clock.fixed(at, ZoneOffset.UTC));
        if (ok) {
            writer.ok(response, text);
        } else {
            writer.error(response, text);
        }
        List<String> headers = new ArrayList<>(response.getHeaders("Set-Cookie"));
        assertEquals(1, headers.size(), headers.toString());
        return headers.get(0);
    }

    private static String value(String setCookie) {
        return setCookie.substring("bnm.flash=".length(), setCookie.indexOf(';'));
    }

    private View view(String method, String cookie, Instant at) throws Exception {
        return view(key, method, cookie, at);
    }

    private View view(FlashKey key, String method, String cookie, Instant at) throws Exception {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod(method);
        if (cookie != null) {
            request.addCookie(new Cookie("bnm.flash", cookie));
        }
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        AtomicReference<Optional<Flash>> seen = new AtomicReference<>();
        AtomicReference<Messages> messages = new AtomicReference<>();
        new FlashFilter(key, Clock.fixed(at, ZoneOffset.UTC)).doFilter(request, response, (req, res) -> {
            seen.set(Flash.current(req));
            messages.set(((MockSlingHttpServletRequest) req).adaptTo(Messages.class));
        });
        return new View(seen.get(), messages.get(), new ArrayList<>(response.getHeaders("Set-Cookie")));
    }

    private record View(Optional<Flash> flash, Messages messages, List<String> setCookies) {
        boolean clears() {
            return setCookies.size() == 1 && setCookies.get(0).startsWith("bnm.flash=;")
                    && setCookies.get(0).contains("Max-Age=0") && setCookies.get(0).contains("Path=/");
        }
    }
}
