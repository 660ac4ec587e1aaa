package dev.archforge.sql.rules.syntax;

import dev.archforge.lint.RuleIds;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.IgnoreComment;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Set;

/**
 * An ignore comment that names a rule no SQL rule has silences nothing: most often a misspelt id,
 * so the finding it was meant to silence still shows, or one that will come back once the spelling
 * is fixed without anyone reading it again. Like ESLint's {@code reportUnusedDisableDirectives}.
 */
@RuleInfo(
        id = "sql-ignore-rule-unknown",
        title = "Ignore comment names a rule that does not exist",
        severity = Severity.WARNING,
        category = Category.STRUCTURE,
        howToFix = "Correct the rule id (archforge rules lists them) or take it out of the comment.")
public final class IgnoreRuleUnknownRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        Set<String> known = context.knownRuleIds();
        if (known.isEmpty()) {
            return;
        }
        for (IgnoreComment comment : context.file().ignoreComments()) {
            for (IgnoreComment.Named named : comment.rules()) {
                if (!known.contains(named.ruleId())) {
                    context.report(
                            named.at(),
                            "archforge-ignore names unknown rule '" + named.ruleId() + "'"
                                    + RuleIds.suggestion(named.ruleId(), known));
                }
            }
        }
    }
}
