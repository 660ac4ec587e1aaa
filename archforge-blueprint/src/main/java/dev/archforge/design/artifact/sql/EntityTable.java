package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.AppendOnly;
import dev.archforge.design.artifact.domain.OnDelete;
import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.domain.Secrets;
import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of one entity and what belongs with it: columns (id, tenant, references, fields, state,
 * audit), named constraints (keys, references, the invariants of {@link Checks}), indexes
 * (unique fields, the natural key, planned ones, one per reference), the partitioning the design
 * decided, comments, the trigger that keeps {@code updated_at} (or, for append-only rows, the one that
 * rejects updates) and, with tenant isolation, the row-level security policy. Foreign keys to tables
 * not created yet (a cycle) are returned apart, to be added once every table exists.
 */
final class EntityTable {
    static final String STATE = "state";

    private final Design design;
    private final Requirements requirements;
    private final Entity entity;
    private final String table;
    private final boolean tenants;
    private final boolean appendOnly;
    private final ReferenceKeys keys;
    private final Optional<String> partitionColumn;
    private final List<Column> columns = new ArrayList<>();
    private final List<TableConstraint> constraints = new ArrayList<>();
    private final List<Ddl.AddConstraint> deferred = new ArrayList<>();
    private final List<List<String>> foreignKeys = new ArrayList<>();
    private final IndexPlanner indexes;

    /** The statements of the table, and the foreign keys that must wait for later tables. */
    record Result(List<Ddl> statements, List<Ddl.AddConstraint> deferred) {}

    private EntityTable(Design design, Entity entity) {
        this.design = design;
        this.requirements = design.requirements();
        this.entity = entity;
        this.table = Names.table(entity.name());
        this.tenants = design.architecture().security().tenantIsolation();
        this.appendOnly = AppendOnly.appendOnly(entity);
        this.keys = new ReferenceKeys(design);
        this.partitionColumn = keys.partitionColumn(entity.name());
        this.indexes = new IndexPlanner(
                table,
                entity.softDelete() ? Optional.of(new Expr.IsNull(Expr.column(Audit.DELETED_AT))) : Optional.empty(),
                partitionColumn);
    }

    static Result build(Design design, Entity entity, Set<String> created) {
        return new EntityTable(design, entity).build(created);
    }

    private Result build(Set<String> created) {
        columns.add(Column.identity("id", SqlType.BIGINT));
        constraints.add(
                new TableConstraint.PrimaryKey(Identifiers.derived(table, "pkey"), keys.primaryKey(entity.name())));
        if (tenants) {
            columns.add(Tenancy.column());
            constraints.add(Tenancy.foreignKey(table));
            foreignKeys.add(List.of(Tenancy.COLUMN));
            if (ReferenceKeys.referenced(requirements.entities(), entity.name())) {
                List<String> key = keys.tenantKey(entity.name()).orElseThrow();
                constraints.add(new TableConstraint.Unique(
                        Identifiers.derived(table + "_" + String.join("_", key), "key"), key));
            }
        }
        entity.relations().stream()
                .filter(r -> r.kind() != RelationKind.MANY_TO_MANY)
                .forEach(r -> reference(r, created));
        entity.fields().forEach(this::field);
        if (!entity.states().isEmpty()) {
            state();
        }
        columns.addAll(Audit.columns(entity.softDelete(), !appendOnly));
        Checks.of(table, entity).forEach(constraints::add);
        naturalKey();
        planned();
        foreignKeys.forEach(indexes::foreignKey);

        List<Ddl> out = new ArrayList<>();
        Ddl.CreateTable create = new Ddl.CreateTable(table, columns, constraints, partitionColumn);
        out.add(create);
        Optional<Ddl.CreatePolicy> policy = tenants ? Optional.of(Tenancy.createPolicy(table)) : Optional.empty();
        design.architecture()
                .data()
                .partition(entity.name())
                .ifPresent(p -> out.addAll(Partitions.after(
                        create,
                        p,
                        design.requirements().scale().retentionMonths(),
                        foreignKeys.stream()
                                .map(k -> k.get(0))
                                .filter(c -> !c.equals(Tenancy.COLUMN))
                                .findFirst(),
                        policy)));
        out.addAll(indexes.statements());
        out.add(new Ddl.Comment(table, Optional.empty(), TableComment.of(design, entity)));
        for (Field f : entity.fields()) {
            if (Secrets.isSecret(f)) {
                out.add(new Ddl.Comment(
                        table,
                        Optional.of(Names.snake(f.name())),
                        "Secret: written by the server only, never accepted or returned by the API."));
            } else if (f.sensitive()) {
                out.add(new Ddl.Comment(
                        table,
                        Optional.of(Names.snake(f.name())),
                        "Sensitive personal data: never returned by the API."));
            }
        }
        out.add(appendOnly ? AppendOnlyTables.rejectUpdate(table) : Audit.trigger(table));
        if (tenants) {
            out.addAll(Tenancy.policy(table));
        }
        return new Result(out, deferred);
    }

    private void reference(Relation relation, Set<String> created) {
        String column = Names.foreignKey(relation.name());
        String target = Names.table(relation.target());
        columns.add(Column.of(column, SqlType.BIGINT, !relation.optional()));
        OnDelete onDelete = Ownership.onDelete(requirements, entity, relation);
        ReferenceKeys.Reference ref = keys.reference(table, column, relation.target(), relation.optional(), onDelete);
        columns.addAll(ref.columns());
        for (TableConstraint.ForeignKey fk : ref.keys()) {
            if (created.contains(target) || target.equals(table)) {
                constraints.add(fk);
            } else {
                deferred.add(new Ddl.AddConstraint(table, fk));
            }
        }
        if (relation.kind() == RelationKind.ONE_TO_ONE) {
            indexes.unique(List.of(IndexKey.column(column)));
        }
        foreignKeys.add(ref.indexed());
    }

    private void field(Field field) {
        String column = Names.snake(field.name());
        columns.add(Column.of(column, ColumnTypes.type(field), field.required()));
        ColumnTypes.check(field)
                .ifPresent(c -> constraints.add(
                        new TableConstraint.Check(Identifiers.derived(table + "_" + column, "check"), c)));
        if (field.unique()) {
            Expr key = field.type() == FieldType.EMAIL
                    // e-mail addresses are compared case-insensitively: Alex@x.org and alex@x.org are one account
                    ? Expr.call("lower", Expr.column(column))
                    : Expr.column(column);
            indexes.unique(withTenant(List.of(new IndexKey(key, false))));
        }
    }

    private void state() {
        columns.add(Column.of(STATE, SqlType.TEXT, true)
                .withDefault(Expr.text(entity.states().get(0))));
        constraints.add(new TableConstraint.Check(
                Identifiers.derived(table + "_" + STATE, "check"),
                new Expr.In(
                        Expr.column(STATE),
                        entity.states().stream().map(Expr::text).toList())));
    }

    /** The unique key that turns a retried insert into a conflict, when the design deduplicates by one. */
    private void naturalKey() {
        Optional<DataPlan.NaturalKey> key = design.architecture().data().naturalKey(entity.name());
        key.ifPresent(k -> indexes.unique(withTenant(k.parts().stream()
                .map(part ->
                        IndexKey.column(entity.relation(part).isPresent() ? Names.foreignKey(part) : Names.snake(part)))
                .toList())));
    }

    /** The indexes the design planned for this entity; a column the table lacks is a design error. */
    private void planned() {
        for (IndexPlan plan : design.architecture().indexes()) {
            if (!plan.entity().equals(entity.name())) {
                continue;
            }
            List<IndexKey> keys = new ArrayList<>();
            for (String column : plan.columns()) {
                boolean exists = columns.stream().anyMatch(c -> c.name().equals(column));
                if (!exists) {
                    throw new IllegalArgumentException("index for " + plan.reason() + " names column '" + column
                            + "', which table " + table + " does not have");
                }
                keys.add(IndexKey.column(column));
            }
            if (plan.unique()) {
                indexes.unique(withTenant(keys));
            } else {
                indexes.plain(withTenant(keys));
            }
        }
    }

    /**
     * With tenant isolation every query filters by tenant, so an index leads with {@code tenant_id},
     * and a unique key is unique per tenant. An index that leads with a foreign key needs no prefix:
     * the parent it selects belongs to one tenant.
     */
    private List<IndexKey> withTenant(List<IndexKey> keys) {
        boolean leadsWithForeignKey = keys.get(0).expr() instanceof Expr.ColumnRef c
                && foreignKeys.stream().anyMatch(k -> k.get(0).equals(c.column()));
        if (!tenants || leadsWithForeignKey) {
            return keys;
        }
        List<IndexKey> out = new ArrayList<>();
        out.add(IndexKey.column(Tenancy.COLUMN));
        out.addAll(keys);
        return out;
    }
}
