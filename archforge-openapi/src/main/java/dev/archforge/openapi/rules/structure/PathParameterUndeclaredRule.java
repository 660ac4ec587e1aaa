package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /users/{id}} with no {@code id} path parameter: clients and generators cannot fill the URL. */
@RuleInfo(
        id = "api-path-parameter-undeclared",
        title = "Path template parameter is not declared",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Declare every {name} of the path as a parameter with in: path and required: true, on the"
                + " path item (shared by its operations) or on the operation.")
public final class PathParameterUndeclaredRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            Set<String> declared = context.api().parameters(op).stream()
                    .filter(p -> p.text("in").filter("path"::equals).isPresent())
                    .map(p -> p.text("name").orElse(""))
                    .collect(Collectors.toSet());
            List<String> missing = Paths.parameterNames(op.path()).stream()
                    .distinct()
                    .filter(n -> !declared.contains(n))
                    .map(n -> "'" + n + "'")
                    .toList();
            if (!missing.isEmpty()) {
                context.report(
                        op.node(),
                        op.label() + " does not declare path parameter" + (missing.size() > 1 ? "s " : " ")
                                + String.join(", ", missing));
            }
        }
    }
}
