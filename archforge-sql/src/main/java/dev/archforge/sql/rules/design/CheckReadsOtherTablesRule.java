package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateFunction;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.SqlRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHECK constraint that calls a function of the review set whose body selects from tables:
 * PostgreSQL evaluates a CHECK only when the row itself is inserted or updated, so a change to the
 * other tables can make stored rows violate it unnoticed, and a dump restores only if the tables
 * load in the right order. PostgreSQL's documentation says CHECK expressions must not depend on
 * other rows or tables.
 */
@RuleInfo(
        id = "sql-check-reads-other-tables",
        title = "CHECK constraint calls a function that reads other tables",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Enforce the rule with a foreign key, or with a constraint trigger that also fires when the "
                + "referenced tables change.")
public final class CheckReadsOtherTablesRule implements SqlRule {
    private static final Pattern CALL = Pattern.compile("([\\w.\"]+)\\s*\\(");

    @Override
    public void check(SqlContext context) {
        Set<String> reading = context.file()
                .derivedFromReviewSet(CheckReadsOtherTablesRule.class, ReadingFunctions.class, ReadingFunctions::of)
                .names();
        if (reading.isEmpty()) {
            return;
        }
        for (Statement s : context.statements()) {
            if (s instanceof CreateTable t) {
                for (Column c : t.columns()) {
                    c.constraints().forEach(k -> check(context, s, k, reading));
                }
                t.constraints().forEach(k -> check(context, s, k, reading));
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddConstraint add) {
                        check(context, s, add.constraint(), reading);
                    }
                }
            }
        }
    }

    private static void check(SqlContext context, Statement s, TableConstraint k, Set<String> reading) {
        if (!(k instanceof TableConstraint.Check check)) {
            return;
        }
        Matcher m = CALL.matcher(check.expression());
        while (m.find()) {
            String name = unqualified(m.group(1));
            if (reading.contains(name)) {
                String constraint = check.name().map(n -> "'" + n.raw() + "' ").orElse("");
                context.report(
                        s,
                        check.span(),
                        "CHECK constraint " + constraint + "calls " + name
                                + "(), which reads other tables: it is not re-checked when they change");
                return;
            }
        }
    }

    private static String unqualified(String name) {
        String n = name.replace("\"", "").toLowerCase(Locale.ROOT);
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** The unqualified names of the functions the review set defines with a body that reads tables. */
    private record ReadingFunctions(Set<String> names) {
        static ReadingFunctions of(List<SqlFile> files) {
            Set<String> out = new HashSet<>();
            for (SqlFile f : files) {
                for (Statement s : f.statements()) {
                    if (s instanceof CreateFunction fn && fn.readsTables()) {
                        out.add(unqualified(fn.name().name()));
                    }
                }
            }
            return new ReadingFunctions(Set.copyOf(out));
        }
    }
}
