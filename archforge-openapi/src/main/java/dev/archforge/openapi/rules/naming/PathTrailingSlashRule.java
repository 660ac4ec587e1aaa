package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;

/** {@code /pets/} and {@code /pets} are different URLs to most servers and caches. */
@EndpointListRule
@RuleInfo(
        id = "api-path-trailing-slash",
        title = "Path ends with a slash",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Remove the trailing '/' from the path.")
public final class PathTrailingSlashRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        context.api().root().object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            if (path.length() > 1 && path.endsWith("/")) {
                context.report(item, "Path '" + path + "' ends with '/'");
            }
        }));
    }
}
