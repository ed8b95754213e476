package fr.lillemetropole.bnm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.sling.i18n.ResourceBundleProvider;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The portal's French i18n dictionary (bnm-templates), as Sling's i18n serves it: tests read the one source. */
public final class Dictionary extends ResourceBundle {

    private static final Path FILE = Path.of("../bnm-templates/src/main/resources/SLING-INF/apps/bnm/i18n/fr.json");
    private static Dictionary instance;
    private final Map<String, String> messages = new HashMap<>();

    private Dictionary() {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(FILE));
            root.fields().forEachRemaining(entry -> {
                if (entry.getValue().has("sling:key")) {
                    messages.put(entry.getValue().get("sling:key").asText(),
                            entry.getValue().get("sling:message").asText());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Dictionary french() {
        if (instance == null) {
            instance = new Dictionary();
        }
        return instance;
    }

    /**
     * Serves this dictionary as Sling's i18n in a sling-mock context (before sling-mock's own empty one):
     * a request's {@code getResourceBundle(Locale.FRENCH)} answers as on the portal.
     */
    public static void serveIn(SlingContext context) {
        context.registerService(ResourceBundleProvider.class, provider(), Constants.SERVICE_RANKING,
                Integer.MAX_VALUE);
    }

    /** A ResourceBundleProvider serving this dictionary, as Sling's i18n does for page models. */
    public static ResourceBundleProvider provider() {
        return new ResourceBundleProvider() {
            @Override
            public Locale getDefaultLocale() {
                return Locale.FRENCH;
            }

            @Override
            public ResourceBundle getResourceBundle(Locale locale) {
                return french();
            }

            @Override
            public ResourceBundle getResourceBundle(String baseName, Locale locale) {
                return french();
            }
        };
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keySet());
    }
}
