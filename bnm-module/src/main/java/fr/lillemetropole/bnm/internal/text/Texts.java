package fr.lillemetropole.bnm.internal.text;

import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.sling.api.SlingHttpServletRequest;

/**
 * The portal's UI texts: the i18n dictionary (/apps/bnm/i18n/fr.json) as Sling's i18n serves it to a
 * request. Java asks it as HTL does with {@code ${'bnm.…' @ i18n}}; no UI text is written in the code.
 */
public final class Texts {

    private Texts() {}

    /** The French dictionary of the request (the default base name, as HTL's i18n reads it). */
    public static ResourceBundle french(SlingHttpServletRequest request) {
        return request.getResourceBundle(null, Locale.FRENCH);
    }

    /** The text of {@code key}; the key itself when the dictionary lacks it, as HTL shows it. */
    public static String get(ResourceBundle bundle, String key) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The text of {@code key} with {0}, {1}… replaced by the arguments, as HTL's {@code format} option does. */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        String text = get(bundle, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
