package fr.lillemetropole.bnm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;

/**
 * The recorded API as text: comment lines ({@code #}), the exported packages' versions
 * ({@code export PACKAGE VERSION}), then bnd's API tree, one element a line, indented two spaces per
 * level: {@code TYPE IF-ADDED IF-REMOVED name} (the deltas bnd reports when the element comes or
 * goes). Names are escaped so that each fits on its line.
 */
final class ApiBaselineFile {

    private static final String EXPORT = "export ";

    /** The recorded exports and API tree (whose root is null in an empty file). */
    record Recorded(Parameters exports, Tree.Data api) {}

    private ApiBaselineFile() {}

    static String text(List<String> comments, Parameters exports, Tree.Data api) {
        StringBuilder out = new StringBuilder();
        comments.forEach(line -> out.append("# ").append(line).append('\n'));
        Map<String, String> versions = new TreeMap<>();
        exports.forEach((name, attrs) -> versions.put(name, attrs.getVersion()));
        versions.forEach((name, version) -> out.append(EXPORT).append(name).append(' ').append(version).append('\n'));
        write(api, 0, out);
        return out.toString();
    }

    static Recorded parse(List<String> lines) {
        Parameters exports = new Parameters();
        List<String> tree = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(EXPORT)) {
                String[] parts = line.substring(EXPORT.length()).split(" ");
                Attrs attrs = new Attrs();
                attrs.put("version", parts[1]);
                exports.put(parts[0], attrs);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                tree.add(line);
            }
        }
        return new Recorded(exports, read(tree));
    }

    private static void write(Tree.Data data, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(data.type).append(' ').append(data.add).append(' ')
                .append(data.rem).append(' ').append(escape(data.name)).append('\n');
        if (data.children != null) {
            for (Tree.Data child : data.children) {
                write(child, depth + 1, out);
            }
        }
    }

    /** The tree of those lines (the first is the root). */
    private static Tree.Data read(List<String> lines) {
        Deque<List<Tree.Data>> levels = new ArrayDeque<>();
        Deque<Tree.Data> parents = new ArrayDeque<>();
        Tree.Data root = null;
        for (String line : lines) {
            int depth = (line.length() - line.stripLeading().length()) / 2;
            String[] parts = line.strip().split(" ", 4);
            if (parts.length < 3) {
                throw new IllegalArgumentException("not an API line: " + line);
            }
            Tree.Data data = new Tree.Data();
            data.type = Type.valueOf(parts[0]);
            data.add = Delta.valueOf(parts[1]);
            data.rem = Delta.valueOf(parts[2]);
            data.name = parts.length == 4 ? unescape(parts[3]) : "";
            while (parents.size() > depth) {
                parents.pop().children = levels.pop().toArray(Tree.Data[]::new);
            }
            if (depth == 0) {
                if (root != null) {
                    throw new IllegalArgumentException("two roots: " + line);
                }
                root = data;
            } else if (levels.isEmpty()) {
                throw new IllegalArgumentException("too deep: " + line);
            } else {
                levels.peek().add(data);
            }
            parents.push(data);
            levels.push(new ArrayList<>());
        }
        while (!parents.isEmpty()) {
            parents.pop().children = levels.pop().toArray(Tree.Data[]::new);
        }
        return root;
    }

    private static String escape(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < ' ' || (c == ' ' && (i == 0 || i == name.length() - 1))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            }
        }
        return out.toString();
    }
}
