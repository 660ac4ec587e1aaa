package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** A parameter's name rarely says its unit, format, default behaviour or allowed values. */
@RuleInfo(
        id = "api-parameter-description-missing",
        title = "Parameter has no description",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Describe what the parameter does, its unit or format, and what happens when it is omitted.")
public final class ParameterDescriptionMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation op : api.operations()) {
            for (ObjectNode param : api.parameters(op)) {
                if (seen.add(param)
                        && param.text("description").filter(d -> !d.isBlank()).isEmpty()) {
                    context.report(
                            param,
                            "Parameter '" + param.text("name").orElse("?") + "' (in "
                                    + param.text("in").orElse("?") + ") has no description");
                }
            }
        }
    }
}
