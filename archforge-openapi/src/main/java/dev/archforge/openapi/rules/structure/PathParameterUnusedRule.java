package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;

/** An {@code in: path} parameter the template has no place for: the value can never be sent. */
@RuleInfo(
        id = "api-path-parameter-unused",
        title = "Path parameter does not appear in the path template",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Add {name} to the path template, rename the parameter to match it, or remove the parameter.")
public final class PathParameterUnusedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        PathParameters.forEachEntry(context.api(), (path, entry) -> context.api()
                .object(entry)
                .filter(p -> p.text("in").filter("path"::equals).isPresent())
                .ifPresent(param -> {
                    String name = param.text("name").orElse("");
                    if (!Paths.parameterNames(path).contains(name)) {
                        boolean ref = entry instanceof ObjectNode o && o.has("$ref");
                        context.report(
                                ref ? entry : param.get("name").orElse(entry),
                                "Path parameter '" + name + "' is not in the path '" + path + "'");
                    }
                }));
    }
}
