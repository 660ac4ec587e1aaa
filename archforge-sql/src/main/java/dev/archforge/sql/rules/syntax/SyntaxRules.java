package dev.archforge.sql.rules.syntax;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The syntax rules, sorted by id. */
public final class SyntaxRules {
    public static final List<SqlRule> ALL = List.of(new SyntaxErrorRule());

    private SyntaxRules() {}
}
