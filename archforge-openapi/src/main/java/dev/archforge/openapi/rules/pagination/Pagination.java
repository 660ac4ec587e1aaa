package dev.archforge.openapi.rules.pagination;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.Paths;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Which parameters paginate, what style they are, and what a list response looks like. */
final class Pagination {
    /** Parameters that set how many items a page holds (names normalised by {@link #normalize}). */
    private static final Set<String> PAGE_SIZE = Set.of(
            "limit",
            "perpage",
            "pagesize",
            "pagelimit",
            "size",
            "count",
            "top",
            "maxresults",
            "maxitems",
            "maxrecords",
            "maxpagesize",
            "numresults",
            "resultsperpage",
            "itemsperpage");

    /** Parameters that continue after an opaque position. */
    private static final Set<String> CURSOR = Set.of(
            "cursor",
            "after",
            "before",
            "startingafter",
            "endingbefore",
            "pagetoken",
            "nextpagetoken",
            "nexttoken",
            "next",
            "continue",
            "continuationtoken",
            "marker",
            "pagecursor",
            "startcursor");

    /** Parameters that jump to a numbered position. */
    private static final Set<String> OFFSET =
            Set.of("offset", "page", "skip", "startat", "startindex", "pagenumber", "pageindex", "pagenum", "pageno");

    /** Array properties that hold the items of a list envelope. */
    private static final Set<String> ITEM_ARRAYS = Set.of(
            "data",
            "items",
            "results",
            "values",
            "entries",
            "records",
            "elements",
            "list",
            "content",
            "objects",
            "rows",
            "nodes",
            "resources",
            "collection");

    /** Page-size names that also mean other things, so they count only in a list read. */
    private static final Set<String> AMBIGUOUS = Set.of("size", "count", "top");

    private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(\\.\\d+)*([a-z]+\\d*)?|api");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z]+$");

    /** The style of a pagination parameter. */
    enum Style {
        CURSOR,
        OFFSET
    }

    private Pagination() {}

    /** Lower case without {@code $}, {@code _}, {@code -} and {@code .}: {@code $top}, {@code per_page} become {@code top}, {@code perpage}. */
    static String normalize(String name) {
        // a loop rather than replaceAll("[$_.\\-\\[\\]]", ""), which compiled its pattern on every call
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != '$' && c != '_' && c != '.' && c != '-' && c != '[' && c != ']') {
                out.append(c);
            }
        }
        return out.length() == lower.length() ? lower : out.toString();
    }

    /** The non-path, non-body parameters of an operation, by name as written. */
    static Map<String, ObjectNode> queryParameters(ApiDocument api, Operation op) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (ObjectNode p : api.parameters(op)) {
            String in = p.text("in").orElse("");
            if (in.equals("query")) {
                p.text("name").ifPresent(name -> out.put(name, p));
            }
        }
        return out;
    }

    /**
     * True when the parameter sets the page size: a known name; an ambiguous one ({@code size},
     * {@code count}) only when numeric and on a GET that returns a list.
     */
    static boolean isPageSize(ApiDocument api, Operation op, String name, ObjectNode param) {
        String n = normalize(name);
        if (!PAGE_SIZE.contains(n)) {
            return false;
        }
        return !AMBIGUOUS.contains(n) || (isNumeric(api, param) && isListGet(api, op));
    }

    /** True for a GET on a collection path whose 200 response is a list. */
    static boolean isListGet(ApiDocument api, Operation op) {
        return isCollectionGet(op)
                && okSchema(api, op).flatMap(s -> listShape(api, s, op)).isPresent();
    }

    /** True when the parameter's schema is an integer or a number. */
    static boolean isNumeric(ApiDocument api, ObjectNode param) {
        List<String> types = api.parameterSchema(param).map(Pagination::types).orElse(List.of());
        return types.contains("integer") || types.contains("number");
    }

    /**
     * The style of a pagination parameter, if it is one; a string {@code offset} or {@code page} is
     * an opaque cursor, and so is a numeric {@code since} (the last id seen).
     */
    static Optional<Style> style(ApiDocument api, String name, ObjectNode param) {
        String n = normalize(name);
        if (CURSOR.contains(n)) {
            return Optional.of(Style.CURSOR);
        }
        if (OFFSET.contains(n)) {
            boolean token = (n.equals("offset") || n.equals("page")) && isOpaque(api, param);
            return Optional.of(token ? Style.CURSOR : Style.OFFSET);
        }
        if (n.equals("since") && isNumeric(api, param)) {
            return Optional.of(Style.CURSOR);
        }
        return Optional.empty();
    }

    /** A string offset or page without a numeric default is an opaque token, a cursor by another name. */
    private static boolean isOpaque(ApiDocument api, ObjectNode param) {
        Optional<ObjectNode> schema = api.parameterSchema(param);
        if (schema.isEmpty() || !types(schema.get()).equals(List.of("string"))) {
            return false;
        }
        return schema.get().scalarText("default").filter(d -> d.matches("\\d+")).isEmpty();
    }

    /** True when the operation takes any pagination parameter. */
    static boolean isPaginated(ApiDocument api, Operation op) {
        return queryParameters(api, op).entrySet().stream()
                .anyMatch(e -> isPageSize(api, op, e.getKey(), e.getValue())
                        || style(api, e.getKey(), e.getValue()).isPresent());
    }

    /** The schema of the 200 response, preferring a JSON media type. */
    static Optional<ObjectNode> okSchema(ApiDocument api, Operation op) {
        ObjectNode ok = api.responses(op).get("200");
        if (ok == null) {
            return Optional.empty();
        }
        Map<String, Optional<Node>> content = api.responseContent(op, ok);
        Optional<Node> schema = content.entrySet().stream()
                .filter(e -> e.getKey().contains("json"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> content.values().stream().findFirst().orElse(Optional.empty()));
        return schema.flatMap(api::object);
    }

    /** The segment without a trailing {@code .json}-like extension; a segment without a dot needs no regex. */
    private static String withoutExtension(String segment) {
        return segment.indexOf('.') < 0 ? segment : EXTENSION.matcher(segment).replaceFirst("");
    }

    /**
     * True when a GET on this path may list a collection: the last segment is a literal, not a
     * parameter ({@code /pets/{id}}, {@code /Calls/{Sid}.json}), an action ({@code :search}) or an
     * API version ({@code /api/v1/}).
     */
    static boolean isCollectionGet(Operation op) {
        List<String> segments = Paths.segments(op.path());
        if (!op.method().equals("get") || segments.isEmpty()) {
            return false;
        }
        String last = withoutExtension(segments.get(segments.size() - 1));
        return !Paths.isParameter(last)
                && !last.contains(":")
                && !VERSION.matcher(last).matches();
    }

    /**
     * The array of items when the schema is a list: the schema itself when it is an array, or an
     * array property of an envelope ({@code data}, {@code items}, or one named after the path).
     */
    static Optional<String> listShape(ApiDocument api, ObjectNode schema, Operation op) {
        if (isArray(schema)) {
            return Optional.of("an array");
        }
        String resource = normalize(Paths.lastLiteral(op.path()));
        for (Map.Entry<String, Node> property : properties(api, schema).entrySet()) {
            String name = normalize(property.getKey());
            if ((ITEM_ARRAYS.contains(name) || name.equals(resource))
                    && api.object(property.getValue())
                            .filter(Pagination::isArray)
                            .isPresent()) {
                return Optional.of("a list in '" + property.getKey() + "'");
            }
        }
        return Optional.empty();
    }

    /** The properties of a schema and of the schemas it extends with {@code allOf}. */
    static Map<String, Node> properties(ApiDocument api, ObjectNode schema) {
        Map<String, Node> out = new LinkedHashMap<>();
        collect(api, schema, out, 0);
        return out;
    }

    private static void collect(ApiDocument api, ObjectNode schema, Map<String, Node> out, int depth) {
        if (depth > 5) {
            return;
        }
        schema.object("properties").ifPresent(p -> p.members().forEach(out::putIfAbsent));
        schema.array("allOf").ifPresent(parts -> parts.items()
                .forEach(part -> api.object(part).ifPresent(s -> collect(api, s, out, depth + 1))));
    }

    static boolean isArray(ObjectNode schema) {
        return types(schema).contains("array") || (schema.has("items") && !schema.has("type"));
    }

    private static List<String> types(ObjectNode schema) {
        Optional<String> single = schema.text("type");
        if (single.isPresent()) {
            return List.of(single.get());
        }
        return schema.array("type").map(a -> a.texts()).orElse(List.of());
    }
}
