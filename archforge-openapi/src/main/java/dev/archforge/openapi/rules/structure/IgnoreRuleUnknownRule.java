package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleIds;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Set;

/**
 * An {@code x-archforge-ignore} that names a rule no API rule has silences nothing: most often a
 * misspelt id, so the finding it was meant to silence still shows. Like ESLint's
 * {@code reportUnusedDisableDirectives}.
 */
@RuleInfo(
        id = "api-ignore-rule-unknown",
        title = "x-archforge-ignore names a rule that does not exist",
        severity = Severity.WARNING,
        category = Category.STRUCTURE,
        howToFix = "Correct the rule id (archforge rules lists them) or take it out of x-archforge-ignore.")
public final class IgnoreRuleUnknownRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Set<String> known = context.knownRuleIds();
        if (known.isEmpty()) {
            return;
        }
        for (IgnoreEntries ignore : IgnoreEntries.of(context)) {
            for (IgnoreEntries.Entry e : ignore.entries()) {
                if (!known.contains(e.ruleId())) {
                    context.report(
                            ignore.owner(),
                            e.at(),
                            "x-archforge-ignore names unknown rule '" + e.ruleId() + "'"
                                    + RuleIds.suggestion(e.ruleId(), known));
                }
            }
        }
    }
}
