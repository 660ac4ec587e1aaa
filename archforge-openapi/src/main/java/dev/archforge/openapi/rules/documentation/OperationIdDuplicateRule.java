package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.HashMap;
import java.util.Map;

/** The specification requires operationIds to be unique; generated clients fail to compile otherwise. */
@RuleInfo(
        id = "api-operation-id-duplicate",
        title = "Two operations share an operationId",
        severity = Severity.ERROR,
        category = Category.DOCUMENTATION,
        howToFix = "Give each operation its own operationId.")
public final class OperationIdDuplicateRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Map<String, Operation> first = new HashMap<>();
        for (Operation op : context.api().operations()) {
            op.operationId().filter(id -> !id.isBlank()).ifPresent(id -> {
                Operation earlier = first.putIfAbsent(id, op);
                if (earlier != null) {
                    context.report(
                            op.node().get("operationId").orElse(op.node()),
                            "operationId '" + id + "' of " + op.label() + " is already used by " + earlier.label());
                }
            });
        }
    }
}
