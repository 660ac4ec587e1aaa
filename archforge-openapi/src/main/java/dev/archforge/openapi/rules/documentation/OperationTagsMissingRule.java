package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import dev.archforge.source.ArrayNode;
import java.util.List;

/** Documentation tools and generators group operations by tag; an untagged one lands in "default". */
@RuleInfo(
        id = "api-operation-tags-missing",
        title = "Operation has no tags",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Add the operation to at least one tag, usually the resource it acts on.")
public final class OperationTagsMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        List<Operation> all = context.api().operations();
        List<Operation> gaps = all.stream()
                .filter(op -> op.node()
                        .array("tags")
                        .map(ArrayNode::texts)
                        .filter(t -> !t.isEmpty())
                        .isEmpty())
                .toList();
        OperationGaps.report(context, all, gaps, op -> "Operation " + op.label() + " has no tags", "have no tags");
    }
}
