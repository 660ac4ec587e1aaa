package dev.archforge.engine.review;

import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL that cannot be parsed is invalid input, not a finding among others: a migration with a
 * syntax error must not pass CI. What {@code sql-syntax-error} reports (after the configuration
 * and {@code -- archforge-ignore} comments, the way to accept SQL the parser does not know) becomes
 * an input problem of its file; the statements after it were still reviewed.
 */
final class SqlSyntax {
    static final String RULE = "sql-syntax-error";

    private SqlSyntax() {}

    /** The findings without the syntax errors, which are added to {@code problems}. */
    static List<Finding> moveToProblems(List<Finding> findings, List<InputProblem> problems) {
        if (findings.stream().noneMatch(f -> f.ruleId().equals(RULE))) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.ruleId().equals(RULE)) {
                problems.add(new InputProblem(f.location(), "invalid SQL: " + f.message()));
            } else {
                kept.add(f);
            }
        }
        return kept;
    }
}
