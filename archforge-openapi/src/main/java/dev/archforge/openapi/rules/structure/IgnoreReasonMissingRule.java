package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@code x-archforge-ignore} without a reason leaves the next reader to guess whether the
 * finding was judged or only silenced. The list and single-id forms have no place for one; the
 * mapping form ({@code {rule-id: reason}}) does, and an empty value gives none.
 */
@RuleInfo(
        id = "api-ignore-reason-missing",
        title = "x-archforge-ignore gives no reason",
        severity = Severity.INFO,
        category = Category.STRUCTURE,
        howToFix = "Write x-archforge-ignore as a mapping from each rule id to the reason it does not apply here: "
                + "x-archforge-ignore: {api-path-verb: \"kept for v0 mobile clients until 2027\"}.")
public final class IgnoreReasonMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (IgnoreEntries ignore : IgnoreEntries.of(context)) {
            if (ignore.mapping()) {
                for (IgnoreEntries.Entry e : ignore.entries()) {
                    if (e.reason().isEmpty()) {
                        context.report(ignore.owner(), e.at(), message(List.of(e)));
                    }
                }
            } else if (!ignore.entries().isEmpty()) {
                context.report(ignore.owner(), ignore.value().keyLocation(), message(ignore.entries()));
            }
        }
    }

    private static String message(List<IgnoreEntries.Entry> entries) {
        return "x-archforge-ignore of "
                + entries.stream().map(e -> "'" + e.ruleId() + "'").collect(Collectors.joining(", "))
                + " gives no reason";
    }
}
