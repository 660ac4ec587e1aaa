package dev.archforge.sql.rules.syntax;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.IgnoreComment;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.stream.Collectors;

/**
 * An ignore comment without a reason leaves the next reader to guess whether the finding was
 * judged or only silenced, and nobody can tell when the reason stops holding.
 */
@RuleInfo(
        id = "sql-ignore-reason-missing",
        title = "Ignore comment gives no reason",
        severity = Severity.INFO,
        category = Category.STRUCTURE,
        howToFix = "Write after the rule ids why the finding does not apply here: "
                + "-- archforge-ignore: sql-column-dropped the code stopped reading it in release 4.2")
public final class IgnoreReasonMissingRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (IgnoreComment comment : context.file().ignoreComments()) {
            if (comment.reason().isEmpty()) {
                String ids = comment.rules().stream()
                        .map(n -> "'" + n.ruleId() + "'")
                        .collect(Collectors.joining(", "));
                context.report(comment.marker(), "archforge-ignore of " + ids + " gives no reason");
            }
        }
    }
}
