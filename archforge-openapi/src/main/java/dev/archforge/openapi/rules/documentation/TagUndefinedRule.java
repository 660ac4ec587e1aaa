package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tag used by operations but not declared at the top level has no description and no fixed
 * order in the rendered documentation. A document that declares no tags at all is reported once.
 */
@RuleInfo(
        id = "api-tag-undefined",
        title = "Operation tag is not declared in the top-level tags",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Declare every tag under the top-level 'tags' with a description, or fix the tag's spelling.")
public final class TagUndefinedRule implements ApiRule {
    private static final int SHOWN = 5;

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<String, Node> declared = Tags.declared(api);
        Set<String> used = new LinkedHashSet<>();
        for (Operation op : api.operations()) {
            op.node().array("tags").ifPresent(tags -> {
                for (Node tag : tags.items()) {
                    tag.asText().ifPresent(name -> {
                        used.add(name);
                        if (!declared.isEmpty() && !declared.containsKey(name)) {
                            context.reportValue(
                                    tag,
                                    "Tag '" + name + "' of " + op.label() + " is not declared in the top-level 'tags'");
                        }
                    });
                }
            });
        }
        if (declared.isEmpty() && !used.isEmpty()) {
            String names = used.stream().limit(SHOWN).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
            context.report(
                    api.root().get("tags").or(() -> api.root().get("paths")).orElse(api.root()),
                    "Operations use " + used.size() + (used.size() == 1 ? " tag (" : " tags (") + names
                            + (used.size() > SHOWN ? ", ..." : "") + ") but no top-level 'tags' are declared");
        }
    }
}
