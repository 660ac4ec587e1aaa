package dev.archforge.openapi.load;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.Synthetic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain endpoint list, the way people paste one from a router or a chat: one
 * {@code METHOD /path} per line, an optional description after it, {@code #} comments, list
 * bullets and backticks tolerated. Express ({@code :id}) and Flask ({@code <int:id>}) parameters
 * become OpenAPI templates. The result is a minimal OpenAPI tree whose nodes point at the lines.
 */
public final class EndpointListParser {
    private static final Pattern LINE = Pattern.compile(
            "^(\\s*(?:[-*+]|\\d+[.)])?\\s*`?)(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\\s+(/[^\\s`]*)`?(?:\\s+(?:[-–—:|]\\s*)?(.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPRESS = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern FLASK = Pattern.compile("<(?:[a-z]+:)?([A-Za-z_][A-Za-z0-9_]*)>");

    private EndpointListParser() {}

    static boolean looksLikeEndpointList(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".endpoints") || lower.endsWith(".md")) {
            return true;
        }
        int limit = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, limit, StandardCharsets.UTF_8);
        for (String line : head.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return LINE.matcher(t).matches();
        }
        return false;
    }

    static ApiDocument parse(String file, String text) {
        Synthetic s = new Synthetic(file);
        ObjectNode root = s.object(1, 1);
        Synthetic.put(root, "openapi", s.string("3.1.0", 1, 1, 1), 1, 1);
        ObjectNode paths = s.object(1, 1);
        Synthetic.put(root, "paths", paths, 1, 1);
        List<Location> duplicates = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            int lineNo = i + 1;
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("//")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                int col = line.indexOf(t.charAt(0)) + 1;
                throw new InvalidInputException(
                        Location.at(file, lineNo, col),
                        "expected 'METHOD /path [description]', such as 'GET /users/{id} Fetch a user', found '"
                                + abbreviate(t) + "'");
            }
            count++;
            int methodCol = m.start(2) + 1;
            int pathCol = m.start(3) + 1;
            String method = m.group(2).toLowerCase(Locale.ROOT);
            String path = template(m.group(3));
            ObjectNode item = paths.object(path).orElseGet(() -> {
                ObjectNode o = s.object(lineNo, pathCol);
                Synthetic.put(paths, path, o, lineNo, pathCol);
                return o;
            });
            ObjectNode op = s.object(lineNo, methodCol);
            Synthetic.end(op, lineNo, line.length() + 1);
            Optional.ofNullable(m.group(4))
                    .map(String::strip)
                    .filter(d -> !d.isEmpty())
                    .ifPresent(d -> Synthetic.put(
                            op,
                            "summary",
                            s.string(d, lineNo, m.start(4) + 1, line.length() + 1),
                            lineNo,
                            m.start(4) + 1));
            if (!Synthetic.put(item, method, op, lineNo, methodCol)) {
                duplicates.add(Location.at(file, lineNo, methodCol));
            }
        }
        if (count == 0) {
            throw new InvalidInputException(
                    Location.ofFile(file), "no endpoints found, expected lines like 'GET /users/{id}'");
        }
        return new ApiDocument(
                file,
                SpecVersion.ENDPOINT_LIST,
                root,
                (from, ref) -> new RefResolver.Missing("an endpoint list has no references"),
                duplicates);
    }

    /** Turns Express {@code :id} and Flask {@code <int:id>} parameters into {@code {id}}, drops a query. */
    static String template(String raw) {
        String path = raw;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        path = FLASK.matcher(path).replaceAll("{$1}");
        path = EXPRESS.matcher(path).replaceAll("{$1}");
        return path;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
