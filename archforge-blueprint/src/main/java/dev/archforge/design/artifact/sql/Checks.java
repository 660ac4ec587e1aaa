package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.Invariants;
import dev.archforge.design.artifact.domain.Invariants.Invariant;
import dev.archforge.design.artifact.domain.Invariants.NotNegative;
import dev.archforge.design.artifact.domain.Invariants.Ordered;
import dev.archforge.design.artifact.domain.Invariants.Percentage;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import java.util.List;

/**
 * The CHECK constraints that state an entity's invariants ({@link Invariants}): {@code amount > 0},
 * {@code stock >= 0}, {@code discount_percent} within 0-100, {@code ends_at > starts_at}. Named after
 * the column they guard, so a later migration can replace one by name.
 */
final class Checks {
    private Checks() {}

    static List<TableConstraint.Check> of(String table, Entity entity) {
        return Invariants.of(entity).stream().map(i -> check(table, i)).toList();
    }

    private static TableConstraint.Check check(String table, Invariant invariant) {
        Expr column = Expr.column(invariant.column());
        Expr condition;
        String suffix;
        if (invariant instanceof NotNegative n) {
            condition = new Expr.Compare(column, n.strict() ? ">" : ">=", Expr.number(0));
            suffix = n.strict() ? "positive" : "not_negative";
        } else if (invariant instanceof Percentage) {
            condition = new Expr.And(List.of(
                    new Expr.Compare(column, ">=", Expr.number(0)), new Expr.Compare(column, "<=", Expr.number(100))));
            suffix = "percentage";
        } else {
            Ordered o = (Ordered) invariant;
            condition = new Expr.Compare(
                    column,
                    o.strict() ? ">" : ">=",
                    Expr.column(Names.snake(o.earlier().name())));
            suffix = "after_" + Names.snake(o.earlier().name());
        }
        return new TableConstraint.Check(
                Identifiers.derived(table + "_" + invariant.column() + "_" + suffix, "check"), condition);
    }
}
