package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.List;

/** {@code /a/{a}/b/{b}/c/{c}/d}: every level is one more identifier a client must know first. */
@EndpointListRule
@RuleInfo(
        id = "api-path-too-deep",
        tags = {"strict"},
        title = "Path nests too many collection levels",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Give deeply nested resources their own top-level collection (/comments/{commentId}) and"
                + " keep at most a parent and a child in the path.",
        options =
                @RuleInfo.Option(
                        name = PathTooDeepRule.MAX_DEPTH,
                        defaultValue = "3",
                        description = "The most collection levels a path may have."))
public final class PathTooDeepRule implements ApiRule {
    static final String MAX_DEPTH = "max-depth";

    @Override
    public void check(ApiContext context) {
        int max = context.options().integer(MAX_DEPTH);
        PathGroups groups = new PathGroups(context);
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            int depth = 0;
            for (int i = 0; i < segments.size(); i++) {
                if (!endsLevel(segments, i)) {
                    continue;
                }
                depth++;
                if (depth == max + 1) {
                    String prefix = "/" + String.join("/", segments.subList(0, i + 1));
                    groups.add(
                            PathGroups.key(prefix),
                            path,
                            "Path '" + prefix + "' is " + depth + " collection levels deep; the most is " + max);
                    break;
                }
            }
        }
        groups.report();
    }

    /**
     * True when segment {@code i} closes a collection level: a literal segment followed by a
     * parameter ({@code users} in {@code /users/{id}}), or a plural last segment
     * ({@code orders} in {@code /users/{id}/orders}, not the action {@code cancel} in
     * {@code /orders/{id}/cancel}).
     */
    static boolean endsLevel(List<String> segments, int i) {
        String segment = segments.get(i);
        if (Segments.isParameter(segment)) {
            return false;
        }
        if (i + 1 < segments.size()) {
            return Segments.isParameter(segments.get(i + 1));
        }
        List<String> words = Words.split(Segments.bare(segment));
        return !words.isEmpty() && Words.isPluralOrUncountable(words.get(words.size() - 1));
    }
}
