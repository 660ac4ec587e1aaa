package dev.archforge.sql.rules.syntax;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.ParseProblem;
import dev.archforge.sql.ast.SourceProblem;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.List;
import java.util.Locale;

/**
 * A statement the review could not read is a statement no other rule checked. An unterminated
 * literal is reported where it starts; a statement outside the grammar where reading stopped,
 * unless an unterminated literal already explains it.
 */
@RuleInfo(
        id = "sql-syntax-error",
        title = "Statement cannot be parsed",
        severity = Severity.WARNING,
        category = Category.STRUCTURE,
        howToFix = "Fix the statement so PostgreSQL accepts it; if PostgreSQL does, report the statement to Archforge.")
public final class SyntaxErrorRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        List<SourceProblem> sourceProblems = context.file().sourceProblems();
        for (SourceProblem p : sourceProblems) {
            context.report(new Span(p.line(), p.column(), p.line(), p.column()), capitalize(p.message()));
        }
        for (ParseProblem p : context.statements(ParseProblem.class)) {
            boolean explained = sourceProblems.stream().anyMatch(sp -> within(sp, p.span()));
            if (!explained) {
                context.report(
                        p,
                        p.at(),
                        "Cannot parse " + p.keywords().toUpperCase(Locale.ROOT) + " statement: " + p.message());
            }
        }
    }

    private static boolean within(SourceProblem p, Span s) {
        boolean afterStart = p.line() > s.line() || (p.line() == s.line() && p.column() >= s.column());
        boolean beforeEnd = p.line() < s.endLine() || (p.line() == s.endLine() && p.column() <= s.endColumn());
        return afterStart && beforeEnd;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
