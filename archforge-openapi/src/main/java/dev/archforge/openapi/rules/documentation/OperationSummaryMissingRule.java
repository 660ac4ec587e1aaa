package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import java.util.List;

/** An operation with neither summary nor description leaves readers guessing from the path. */
@RuleInfo(
        id = "api-operation-summary-missing",
        title = "Operation has neither summary nor description",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Add a one-line summary, and a description for anything not obvious from it.")
public final class OperationSummaryMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        List<Operation> all = context.api().operations();
        List<Operation> gaps = all.stream()
                .filter(op -> blank(op, "summary") && blank(op, "description"))
                .toList();
        OperationGaps.report(
                context,
                all,
                gaps,
                op -> "Operation " + op.label() + " has neither summary nor description",
                "have neither summary nor description");
    }

    private static boolean blank(Operation op, String key) {
        return op.node().text(key).filter(t -> !t.isBlank()).isEmpty();
    }
}
