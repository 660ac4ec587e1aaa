package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * A declared tag no operation uses shows up as an empty section in the documentation. Redoc's
 * {@code x-traitTag: true} tags are prose sections by design and are left alone.
 */
@RuleInfo(
        id = "api-tag-unused",
        title = "Top-level tag is not used by any operation",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Remove the tag, or add it to the operations it was meant for.")
public final class TagUnusedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Set<String> used = new HashSet<>();
        for (Operation op : context.api().operations()) {
            op.node().array("tags").map(ArrayNode::texts).ifPresent(used::addAll);
        }
        Tags.declared(context.api()).forEach((name, node) -> {
            boolean traitTag = node.parent()
                    .flatMap(Node::asObject)
                    .map(tag -> tag.isTrue("x-traitTag"))
                    .orElse(false);
            if (!used.contains(name) && !traitTag) {
                context.reportValue(node, "Tag '" + name + "' is declared but no operation uses it");
            }
        });
    }
}
