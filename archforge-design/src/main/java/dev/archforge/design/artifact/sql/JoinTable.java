package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.OnDelete;
import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The join table of a many-to-many relation: a composite primary key (declaring side first), which
 * serves lookups from that side, and a reverse index for lookups from the other side. A pair means
 * nothing without either record, so both keys cascade.
 */
final class JoinTable {
    private JoinTable() {}

    /** {@code plan_tags} for {@code Plan many-to-many Tag as tags}. */
    static String name(Entity entity, Relation relation) {
        String relationName = Names.snake(relation.name());
        return Names.snake(entity.name()) + "_"
                + (relationName.endsWith("s") ? relationName : Names.plural(relationName));
    }

    static List<Ddl> build(Entity entity, Relation relation, boolean tenants) {
        String table = name(entity, relation);
        String from = Names.foreignKey(Names.snake(entity.name()));
        String to = relation.target().equals(entity.name())
                ? Names.foreignKey(relation.name())
                : Names.foreignKey(Names.snake(relation.target()));
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        if (tenants) {
            columns.add(Tenancy.column());
        }
        columns.add(Column.of(from, SqlType.BIGINT, true));
        columns.add(Column.of(to, SqlType.BIGINT, true));
        columns.add(Column.of(Audit.CREATED_AT, SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        constraints.add(new TableConstraint.PrimaryKey(Identifiers.derived(table, "pkey"), List.of(from, to)));
        if (tenants) {
            constraints.add(Tenancy.foreignKey(table));
        }
        constraints.add(foreignKey(table, from, Names.table(entity.name())));
        constraints.add(foreignKey(table, to, Names.table(relation.target())));
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.CreateTable(table, columns, constraints));
        out.add(new Ddl.CreateIndex(
                Identifiers.derived(table + "_" + to + "_" + from, "idx"),
                table,
                List.of(IndexKey.column(to), IndexKey.column(from)),
                false,
                Optional.empty()));
        if (tenants) {
            out.add(new Ddl.CreateIndex(
                    Identifiers.derived(table + "_" + Tenancy.COLUMN, "idx"),
                    table,
                    List.of(IndexKey.column(Tenancy.COLUMN)),
                    false,
                    Optional.empty()));
        }
        out.add(new Ddl.Comment(
                table,
                Optional.empty(),
                "Pairs of " + entity.name() + " and " + relation.target() + " (" + entity.name() + "." + relation.name()
                        + ")."));
        if (tenants) {
            out.addAll(Tenancy.policy(table));
        }
        return out;
    }

    private static TableConstraint foreignKey(String table, String column, String target) {
        return new TableConstraint.ForeignKey(
                Identifiers.derived(table + "_" + column, "fkey"),
                List.of(column),
                target,
                List.of("id"),
                OnDelete.CASCADE);
    }
}
