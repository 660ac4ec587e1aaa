package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import java.util.List;

/** Code generators name methods after operationId; without one they invent unstable names. */
@RuleInfo(
        id = "api-operation-id-missing",
        title = "Operation has no operationId",
        severity = Severity.WARNING,
        category = Category.DOCUMENTATION,
        howToFix = "Add a unique, stable operationId such as 'listPets' or 'pets.list'.")
public final class OperationIdMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        List<Operation> all = context.api().operations();
        List<Operation> gaps = all.stream()
                .filter(op -> op.operationId().filter(id -> !id.isBlank()).isEmpty())
                .toList();
        OperationGaps.report(
                context, all, gaps, op -> "Operation " + op.label() + " has no operationId", "have no operationId");
    }
}
