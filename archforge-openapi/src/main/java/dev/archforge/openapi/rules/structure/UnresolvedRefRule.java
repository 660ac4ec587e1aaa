package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.Nodes;

/** A {@code $ref} that leads nowhere: a missing component, a missing file, a wrong pointer. */
@RuleInfo(
        id = "api-ref-unresolved",
        title = "A $ref does not resolve",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Point the $ref at an existing component or file, or add the missing component.")
public final class UnresolvedRefRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Nodes.forEachRef(context.api(), (node, ref) -> {
            if (context.api().resolve(node, ref) instanceof RefResolver.Missing missing) {
                context.reportValue(node.get("$ref").orElseThrow(), "$ref " + missing.reason());
            }
        });
    }
}
