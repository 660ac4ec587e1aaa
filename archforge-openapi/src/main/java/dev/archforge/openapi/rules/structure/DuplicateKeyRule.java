package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;

/** A key written twice in one object: YAML and JSON parsers silently keep only one of them. */
@EndpointListRule
@RuleInfo(
        id = "api-duplicate-key",
        title = "A key is written twice in the same object",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Merge the two entries into one; tools disagree on which of the two they keep.")
public final class DuplicateKeyRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        context.api()
                .duplicateKeys()
                .forEach(at ->
                        context.report(at, "Key is written twice in the same object; only the first is reviewed"));
    }
}
