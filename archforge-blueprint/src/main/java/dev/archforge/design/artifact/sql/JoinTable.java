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
 * The join table of a many-to-many relation: a composite primary key (declaring side first, after the
 * tenant), which serves lookups from that side, and a reverse index for lookups from the other side.
 * A pair means nothing without either record, so both keys cascade; under tenant isolation both keys
 * include {@code tenant_id}, so a pair cannot join two tenants.
 */
final class JoinTable {
    private JoinTable() {}

    /** {@code plan_tags} for {@code Plan many-to-many Tag as tags}. */
    static String name(Entity entity, Relation relation) {
        String relationName = Names.snake(relation.name());
        return Names.snake(entity.name()) + "_"
                + (relationName.endsWith("s") ? relationName : Names.plural(relationName));
    }

    static List<Ddl> build(ReferenceKeys keys, Entity entity, Relation relation, boolean tenants) {
        String table = name(entity, relation);
        String from = Names.foreignKey(Names.snake(entity.name()));
        String to = relation.target().equals(entity.name())
                ? Names.foreignKey(relation.name())
                : Names.foreignKey(Names.snake(relation.target()));
        ReferenceKeys.Reference fromRef = keys.reference(table, from, entity.name(), false, OnDelete.CASCADE);
        ReferenceKeys.Reference toRef = keys.reference(table, to, relation.target(), false, OnDelete.CASCADE);
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<String> fromColumns = new ArrayList<>(List.of(from));
        fromRef.columns().forEach(c -> fromColumns.add(c.name()));
        List<String> toColumns = new ArrayList<>(List.of(to));
        toRef.columns().forEach(c -> toColumns.add(c.name()));
        List<String> key = new ArrayList<>();
        List<String> reverse = new ArrayList<>();
        if (tenants) {
            columns.add(Tenancy.column());
            key.add(Tenancy.COLUMN);
            reverse.add(Tenancy.COLUMN);
        }
        columns.add(Column.of(from, SqlType.BIGINT, true));
        columns.addAll(fromRef.columns());
        columns.add(Column.of(to, SqlType.BIGINT, true));
        columns.addAll(toRef.columns());
        columns.add(Column.of(Audit.CREATED_AT, SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        key.addAll(fromColumns);
        key.addAll(toColumns);
        reverse.addAll(toColumns);
        reverse.addAll(fromColumns);
        constraints.add(new TableConstraint.PrimaryKey(Identifiers.derived(table, "pkey"), key));
        if (tenants) {
            constraints.add(Tenancy.foreignKey(table));
        }
        constraints.addAll(fromRef.keys());
        constraints.addAll(toRef.keys());
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.CreateTable(table, columns, constraints));
        out.add(new Ddl.CreateIndex(
                Identifiers.derived(table + "_" + String.join("_", reverse), "idx"),
                table,
                reverse.stream().map(IndexKey::column).toList(),
                false,
                Optional.empty()));
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
}
