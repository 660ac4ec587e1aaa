package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code /users/{userId}/orders} without {@code /users/{userId}}: the owner cannot be read. */
@EndpointListRule
@RuleInfo(
        id = "api-subresource-without-parent",
        tags = {"strict"},
        title = "Sub-resource path has no operation on its parent item",
        severity = Severity.INFO,
        category = Category.NAMING,
        howToFix = "Add at least GET on the parent item (/users/{userId}), or move the sub-resource to a"
                + " top-level collection with a filter (/orders?userId=...).")
public final class SubresourceWithoutParentRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        PathGroups groups = new PathGroups(context);
        Set<String> addressable = new HashSet<>();
        context.api().pathItems().forEach((path, item) -> {
            if (item.members().keySet().stream().anyMatch(ApiDocument.METHODS::contains)) {
                addressable.add(key(path));
                addressable.add(tail(path));
            }
        });
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(Segments.withoutExtension(path));
            for (int i = 1; i + 1 < segments.size(); i++) {
                if (!Segments.isParameter(segments.get(i)) || Segments.isParameter(segments.get(i + 1))) {
                    continue;
                }
                String parent = "/" + String.join("/", segments.subList(0, i + 1));
                if (!addressable.contains(key(parent)) && !addressable.contains(tail(parent))) {
                    groups.add(
                            key(parent),
                            path,
                            "Path '" + path + "' is under '" + parent + "', which has no operations");
                }
            }
        }
        groups.report();
    }

    /**
     * The item's collection and identifier, without what is above: {@code namespaces/{}} for
     * {@code /apis/apps/v1/namespaces/{namespace}}. An item addressable under one prefix is
     * addressable, even when the sub-resource sits under another prefix (a scope, a test mode).
     */
    private static String tail(String path) {
        List<String> segments = Segments.of(key(path));
        int literal = segments.size() - 1;
        while (literal > 0 && Segments.isParameter(segments.get(literal))) {
            literal--;
        }
        return "~" + String.join("/", segments.subList(Math.max(literal, 0), segments.size()));
    }

    private static String key(String path) {
        return Paths.normalized(Segments.withoutExtension(path));
    }
}
