package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code /getUsers} or {@code /users/delete}: the HTTP method already says what happens. */
@EndpointListRule
@RuleInfo(
        id = "api-path-verb",
        title = "Path segment is a CRUD verb",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Name the resource with a noun and let the HTTP method carry the action:"
                + " GET /users instead of GET /getUsers, DELETE /users/{id} instead of POST /users/delete.")
public final class PathVerbRule implements ApiRule {
    private static final Set<String> VERBS = Set.of(
            "add",
            "create",
            "delete",
            "destroy",
            "edit",
            "fetch",
            "get",
            "insert",
            "list",
            "modify",
            "remove",
            "retrieve",
            "save",
            "set",
            "update",
            "upsert");
    /** Verbs long enough to be recognised at the start of an all-lower-case word: {@code createmeta}. */
    private static final List<String> GLUED = List.of(
            "create", "delete", "destroy", "fetch", "insert", "modify", "remove", "retrieve", "update", "upsert");

    /** Last words that make a verb-led segment a thing: {@code remove-token}, {@code delete-request}. */
    private static final Set<String> NOUNS =
            Set.of("token", "tokens", "request", "requests", "key", "keys", "link", "links", "url", "job", "jobs");

    /**
     * True for a segment naming a thing or a variant rather than the action: {@code remove-token} (a
     * token that removes), {@code destroy_with_associated_resources} (a deletion variant the method
     * alone cannot say).
     */
    static boolean nounCompound(List<String> words) {
        return words.size() > 1 && (NOUNS.contains(words.get(words.size() - 1)) || words.contains("with"));
    }

    @Override
    public void check(ApiContext context) {
        PathGroups groups = new PathGroups(context);
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                String bare = Segments.bare(segment);
                Optional<String> verb = Segments.isParameter(segment) ? Optional.empty() : verb(bare);
                if (verb.isPresent()) {
                    String prefix = "/" + String.join("/", segments.subList(0, i + 1));
                    String how = verb.get().equals(bare.toLowerCase(Locale.ROOT)) ? "is" : "starts with";
                    groups.add(
                            PathGroups.key(prefix),
                            path,
                            "Segment '" + bare + "' of '" + prefix + "' " + how + " the verb '" + verb.get() + "'");
                    break;
                }
            }
        }
        groups.report();
    }

    static Optional<String> verb(String segment) {
        List<String> words = Words.split(segment);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        if (VERBS.contains(first) && !nounCompound(words)) {
            boolean addOn = first.equals("add")
                    && words.size() > 1
                    && (words.get(1).equals("on") || words.get(1).equals("ons"));
            boolean setUp =
                    first.equals("set") && words.size() > 1 && words.get(1).equals("up");
            return addOn || setUp ? Optional.empty() : Optional.of(first);
        }
        if (words.size() == 1 && segment.equals(first)) {
            for (String verb : GLUED) {
                String rest = first.startsWith(verb) ? first.substring(verb.length()) : "";
                if (rest.length() >= 4 && "aeiouy".indexOf(rest.charAt(0)) < 0) {
                    return Optional.of(verb);
                }
            }
        }
        return Optional.empty();
    }
}
