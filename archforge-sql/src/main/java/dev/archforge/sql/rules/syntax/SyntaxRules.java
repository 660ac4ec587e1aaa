package dev.archforge.sql.rules.syntax;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The rules about the text of a file (syntax, ignore comments), sorted by id. */
public final class SyntaxRules {
    public static final List<SqlRule> ALL =
            List.of(new IgnoreReasonMissingRule(), new IgnoreRuleUnknownRule(), new SyntaxErrorRule());

    private SyntaxRules() {}
}
