package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;

/** A path parameter is part of the URL: it cannot be left out, and the specification requires {@code required: true}. */
@RuleInfo(
        id = "api-path-parameter-not-required",
        title = "Path parameter is not marked required",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Add required: true to the path parameter.")
public final class PathParameterNotRequiredRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (ObjectNode param : PathParameters.definitions(context.api())) {
            if (param.text("in").filter("path"::equals).isPresent() && !param.isTrue("required")) {
                context.report(
                        param.get("required").or(() -> param.get("name")).orElse(param),
                        "Path parameter '" + param.text("name").orElse("") + "' is not marked required: true");
            }
        }
    }
}
