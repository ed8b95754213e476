package fr.lillemetropole.bnm.internal.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route's path, such as {@code /campaigns/{campaign}/dossiers/{tenant}.pdf}: literal segments and
 * variables, a variable filling a whole segment or followed by a literal suffix ({@code {tenant}.pdf}).
 * A variable matches a letter or digit followed by letters, digits and {@code . _ @ ~ -} (what slugs,
 * logins and campaign ids are made of), never {@code ..}: no empty value, no {@code /}, {@code \},
 * {@code .}, {@code ..} or JCR name syntax reaches a handler.
 */
final class RoutePattern {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@~-]*");

    /** One segment: a literal, or a variable ({@code name} not null) with its literal suffix. */
    private record Part(String literal, String name, String suffix) {

        /** 2 for a literal, 1 for a variable with a suffix, 0 for a bare variable: the more specific wins. */
        int weight() {
            return name == null ? 2 : suffix.isEmpty() ? 0 : 1;
        }
    }

    private final String text;
    private final List<Part> parts;

    private RoutePattern(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses {@code text}; an ill-formed pattern is a programming error (IllegalArgumentException). */
    static RoutePattern parse(String text) {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            throw new IllegalArgumentException("A route pattern starts with / and names a path: " + text);
        }
        List<Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String segment : text.substring(1).split("/", -1)) {
            Part part = part(segment, text);
            if (part.name() != null && !names.add(part.name())) {
                throw new IllegalArgumentException("Variable {" + part.name() + "} twice in " + text);
            }
            parts.add(part);
        }
        return new RoutePattern(text, List.copyOf(parts));
    }

    private static Part part(String segment, String text) {
        if (!segment.startsWith("{")) {
            if (!LITERAL.matcher(segment).matches() || segment.contains("..")) {
                throw new IllegalArgumentException("Bad segment '" + segment + "' in " + text);
            }
            return new Part(segment, null, null);
        }
        int end = segment.indexOf('}');
        String name = end < 0 ? "" : segment.substring(1, end);
        String suffix = end < 0 ? "" : segment.substring(end + 1);
        if (!NAME.matcher(name).matches() || !suffix.isEmpty() && !LITERAL.matcher(suffix).matches()) {
            throw new IllegalArgumentException("Bad variable '" + segment + "' in " + text);
        }
        return new Part(null, name, suffix);
    }

    /** The variables of {@code segments} by name, or null when the path is not this pattern's. */
    Map<String, String> match(List<String> segments) {
        if (segments.size() != parts.size()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String segment = segments.get(i);
            if (part.name() == null) {
                if (!part.literal().equals(segment)) {
                    return null;
                }
            } else {
                if (!segment.endsWith(part.suffix())) {
                    return null;
                }
                String value = segment.substring(0, segment.length() - part.suffix().length());
                if (!isSafeValue(value)) {
                    return null;
                }
                variables.put(part.name(), value);
            }
        }
        return Collections.unmodifiableMap(variables);
    }

    /** A variable's value: a name, never a way to climb or cross a path ({@code ..}, {@code /}, {@code \}). */
    static boolean isSafeValue(String value) {
        return VALUE.matcher(value).matches() && !value.contains("..");
    }

    /** Negative when this pattern is more specific than {@code other} (compared segment by segment). */
    int compareSpecificity(RoutePattern other) {
        for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
            int diff = other.parts.get(i).weight() - parts.get(i).weight();
            if (diff != 0) {
                return diff;
            }
        }
        return 0;
    }

    /** The pattern with its variables unnamed: two routes of one method may not share it. */
    String shape() {
        StringBuilder shape = new StringBuilder();
        for (Part part : parts) {
            shape.append('/').append(part.name() == null ? part.literal() : "{}" + part.suffix());
        }
        return shape.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
