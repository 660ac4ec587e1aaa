package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;

/** {@code /pets?status=sold} as a path: OpenAPI path templates exclude the query and the fragment. */
@EndpointListRule
@RuleInfo(
        id = "api-path-query-string",
        title = "Path contains a query string or fragment",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Remove the query string from the path and declare its fields as in: query parameters.")
public final class PathQueryStringRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        context.api().root().object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            int at = firstOf(path);
            if (at >= 0 && !path.startsWith("x-")) {
                context.report(
                        item,
                        "Path '" + path + "' contains '" + path.charAt(at) + "'"
                                + (path.charAt(at) == '#'
                                        ? ", which starts a fragment that clients never send"
                                        : ", which starts a query string"));
            }
        }));
    }

    private static int firstOf(String path) {
        int q = path.indexOf('?');
        int h = path.indexOf('#');
        return q < 0 ? h : h < 0 ? q : Math.min(q, h);
    }
}
