package dev.archforge.openapi.rules.versioning;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Paths;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an API shows its version: path segments, server URLs, headers and media types. */
final class Versions {
    /** {@code v1}, {@code v2.1}, {@code v1beta1}, {@code 2010-04-01}, {@code 1.0}. */
    private static final Pattern SEGMENT = Pattern.compile(
            "v\\d+(\\.\\d+)*((alpha|beta|rc|preview)\\d*)?|\\d{4}-\\d{2}-\\d{2}|\\d+\\.\\d+(\\.\\d+)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A bare number among the first literal segments, followed by more: Jira's {@code /rest/api/3/...},
     * Algolia's {@code /1/indexes}, but not Box's {@code /users/{id}/folders/0}.
     */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private static final int MAX_NUMBER_POSITION = 2;
    /** A preview channel served next to the stable version: {@code v1beta1}, {@code v2alpha}. */
    private static final Pattern PRERELEASE =
            Pattern.compile(".*\\d(alpha|beta|rc|preview)\\d*", Pattern.CASE_INSENSITIVE);

    private static final Set<String> UTILITY = Set.of(
            "health",
            "healthz",
            "healthcheck",
            "livez",
            "readyz",
            "ping",
            "status",
            "metrics",
            ".well-known",
            "openapi",
            "openapi.json",
            "openapi.yaml",
            "swagger",
            "swagger.json",
            "api-docs",
            "docs",
            "version",
            "versions");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/]*");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    private Versions() {}

    /**
     * A server URL or base path and the path part it puts in front of every path.
     *
     * @param node the {@code url} or {@code basePath} value
     * @param url the URL as written
     * @param path its path, server variables replaced by their defaults
     */
    record Server(Node node, String url, String path) {}

    /** The version segment of a path, if it has one. */
    static Optional<String> version(String path) {
        return version(path, false);
    }

    /** The version segment of a server URL's path, which the API's paths follow, if it has one. */
    static Optional<String> version(Server server) {
        return version(server.path(), true);
    }

    private static Optional<String> version(String path, boolean prefix) {
        List<String> segments = Paths.segments(path);
        boolean literalsSoFar = true;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (!mayBeVersion(s)) {
                literalsSoFar &= !Paths.isParameter(s);
                continue;
            }
            boolean bareNumber = NUMBER.matcher(s).matches()
                    && literalsSoFar
                    && i <= MAX_NUMBER_POSITION
                    && (prefix || i < segments.size() - 1);
            if (SEGMENT.matcher(s).matches() || bareNumber) {
                return Optional.of(s);
            }
            literalsSoFar &= !Paths.isParameter(s);
        }
        return Optional.empty();
    }

    /**
     * False when neither {@link #SEGMENT} nor {@link #NUMBER} can match, since both start with a
     * digit or a 'v': most segments are words, and this spares them two matchers each.
     */
    private static boolean mayBeVersion(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        char c = segment.charAt(0);
        return (c >= '0' && c <= '9') || c == 'v' || c == 'V';
    }

    /** True for a preview channel such as {@code v1beta1}, which is served next to the stable version. */
    static boolean isPrerelease(String version) {
        return PRERELEASE.matcher(version).matches();
    }

    /** Paths that are not part of the versioned API: {@code /}, {@code /health}, {@code /.well-known/...}. */
    static boolean isUtility(String path) {
        List<String> segments = Paths.segments(path);
        return segments.isEmpty() || UTILITY.contains(segments.get(0).toLowerCase(Locale.ROOT));
    }

    /** The servers (3.x) or the base path (2.0). */
    static List<Server> servers(ApiDocument api) {
        List<Server> out = new ArrayList<>();
        ObjectNode root = api.root();
        root.get("basePath").ifPresent(b -> b.asText().ifPresent(t -> out.add(new Server(b, t, t))));
        root.array("servers").ifPresent(servers -> {
            for (Node s : servers.items()) {
                s.asObject().flatMap(o -> o.get("url")).ifPresent(url -> url.asText()
                        .ifPresent(text -> out.add(new Server(
                                url,
                                text,
                                urlPath(withDefaults(text, s.asObject().orElseThrow()))))));
            }
        });
        return out;
    }

    /** True when a server URL has a variable named like a version: {@code {version}}, {@code {apiVersion}}. */
    static boolean hasVersionVariable(Server server) {
        Matcher m = VARIABLE.matcher(server.url());
        while (m.find()) {
            if (m.group(1).toLowerCase(Locale.ROOT).contains("version")) {
                return true;
            }
        }
        return false;
    }

    private static String withDefaults(String url, ObjectNode server) {
        Matcher m = VARIABLE.matcher(url);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = server.object("variables")
                    .flatMap(v -> v.object(m.group(1)))
                    .flatMap(v -> v.scalarText("default"))
                    .orElse("x");
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String urlPath(String url) {
        String path = SCHEME_AND_HOST.matcher(url).replaceFirst("");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
