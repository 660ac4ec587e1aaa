package dev.archforge.sql.rules;

/**
 * One SQL review rule. Metadata sits on the class in {@link dev.archforge.lint.RuleInfo}; the
 * class is listed in its area's registry. A rule reads the file's statements and schemas from the
 * {@link SqlContext} and reports through it; it keeps no state between files.
 */
@FunctionalInterface
public interface SqlRule {
    void check(SqlContext context);
}
