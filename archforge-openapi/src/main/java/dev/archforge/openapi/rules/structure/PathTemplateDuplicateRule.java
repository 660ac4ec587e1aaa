package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.HashMap;
import java.util.Map;

/** {@code /users/{id}} and {@code /users/{userId}} match the same URLs: which one handles a request is a guess. */
@EndpointListRule
@RuleInfo(
        id = "api-path-template-duplicate",
        title = "Two paths differ only in parameter names",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Merge the two path items into one and use the same parameter name.")
public final class PathTemplateDuplicateRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Map<String, String> first = new HashMap<>();
        context.api().root().object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            if (path.startsWith("x-")) {
                return;
            }
            String earlier = first.putIfAbsent(Paths.normalized(path), path);
            if (earlier != null) {
                context.report(item, "Path '" + path + "' matches the same URLs as '" + earlier + "'");
            }
        }));
    }
}
