package dev.archforge.openapi.rules.naming;

import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.source.Node;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The path items of a document, and problems that belong to a path prefix rather than to one
 * path: each is reported once, on the first path that shows it, with the number of paths sharing it.
 */
final class PathGroups {
    private final ApiContext context;
    private final Map<String, Node> items = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private record Group(String path, String message, Set<String> paths) {}

    PathGroups(ApiContext context) {
        this.context = context;
        context.api().root().object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            if (!path.startsWith("x-")) {
                items.put(path, item);
            }
        }));
    }

    /** The key of a problem found at a path prefix: parameter names and a format extension do not matter. */
    static String key(String prefix) {
        return Paths.normalized(Segments.withoutExtension(prefix));
    }

    /** The path templates, in document order. */
    Set<String> paths() {
        return items.keySet();
    }

    /** Records that {@code path} shows the problem identified by {@code key}. */
    void add(String key, String path, String message) {
        groups.computeIfAbsent(key, k -> new Group(path, message, new LinkedHashSet<>()))
                .paths()
                .add(path);
    }

    /** Reports each recorded problem once. */
    void report() {
        for (Group g : groups.values()) {
            int n = g.paths().size();
            context.report(
                    Objects.requireNonNull(items.get(g.path())), g.message() + (n > 1 ? " (" + n + " paths)" : ""));
        }
    }
}
