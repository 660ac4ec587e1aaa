package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.OnDelete;
import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key a reference to an entity's rows must name, and the columns and foreign keys of one such
 * reference. A row is referenced by its {@code id}, plus the partition column when its table is split
 * by time (PostgreSQL and TimescaleDB only keep keys unique that include it), plus {@code tenant_id}
 * under tenant isolation: row-level security does not apply to foreign-key checks, so only a key that
 * includes the tenant stops a row from pointing at another tenant's.
 */
final class ReferenceKeys {
    private final DataPlan data;
    private final boolean tenants;

    ReferenceKeys(Design design) {
        this.data = design.architecture().data();
        this.tenants = design.architecture().security().tenantIsolation();
    }

    /** The column the entity's table is partitioned on, if it is. */
    Optional<String> partitionColumn(String entity) {
        return data.partition(entity).map(DataPlan.TimePartition::column);
    }

    /** The primary key of the entity's table: {@code id}, and the partition column. */
    List<String> primaryKey(String entity) {
        List<String> out = new ArrayList<>(List.of("id"));
        partitionColumn(entity).ifPresent(out::add);
        return out;
    }

    /** The referenced columns without the tenant: the primary key. */
    List<String> target(String entity) {
        return primaryKey(entity);
    }

    /** The unique key tenant-scoped references name ({@code tenant_id, id}); empty without tenants. */
    Optional<List<String>> tenantKey(String entity) {
        if (!tenants) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(List.of(Tenancy.COLUMN));
        out.addAll(primaryKey(entity));
        return Optional.of(out);
    }

    /** True when some reference (a relation or a join table) points at the entity. */
    static boolean referenced(List<Entity> entities, String entity) {
        for (Entity e : entities) {
            for (Relation r : e.relations()) {
                boolean joined = e.name().equals(entity) && r.kind() == RelationKind.MANY_TO_MANY;
                if (r.target().equals(entity) || joined) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The columns and keys of a reference from {@code table} through {@code idColumn} to {@code target}.
     *
     * @param columns the columns beside {@code idColumn} a partitioned target needs ({@code message_created_at})
     * @param keys the foreign keys: one, or with tenants and SET NULL, one that sets null and a deferred
     *     tenant-scoped one (a composite key cannot set only some of its columns null before PostgreSQL 15)
     * @param indexed the columns an index must lead with so deleting a target never scans the table
     */
    record Reference(List<Column> columns, List<TableConstraint.ForeignKey> keys, List<String> indexed) {}

    Reference reference(String table, String idColumn, String target, boolean optional, OnDelete onDelete) {
        List<Column> extra = new ArrayList<>();
        List<String> own = new ArrayList<>(List.of(idColumn));
        List<String> theirs = new ArrayList<>(target(target));
        partitionColumn(target).ifPresent(p -> {
            String column = idColumn.substring(0, idColumn.length() - "_id".length()) + "_" + p;
            extra.add(Column.of(column, SqlType.TIMESTAMPTZ, !optional));
            own.add(column);
        });
        String targetTable = Names.table(target);
        String name = Identifiers.derived(table + "_" + idColumn, "fkey");
        List<TableConstraint.ForeignKey> keys = new ArrayList<>();
        List<String> indexed = new ArrayList<>(own);
        if (!tenants) {
            keys.add(new TableConstraint.ForeignKey(name, own, targetTable, theirs, onDelete));
            return new Reference(extra, keys, indexed);
        }
        List<String> ownScoped = new ArrayList<>(List.of(Tenancy.COLUMN));
        ownScoped.addAll(own);
        List<String> theirsScoped = tenantKey(target).orElseThrow();
        indexed.add(Tenancy.COLUMN);
        if (onDelete == OnDelete.SET_NULL) {
            keys.add(new TableConstraint.ForeignKey(name, own, targetTable, theirs, onDelete));
            keys.add(new TableConstraint.ForeignKey(
                    Identifiers.derived(table + "_" + idColumn + "_tenant", "fkey"),
                    ownScoped,
                    targetTable,
                    theirsScoped,
                    OnDelete.NO_ACTION,
                    true));
        } else {
            keys.add(new TableConstraint.ForeignKey(name, ownScoped, targetTable, theirsScoped, onDelete));
        }
        return new Reference(extra, keys, indexed);
    }

    /** A relation's column: {@code coach_id}. */
    static String column(Relation relation) {
        return Names.foreignKey(relation.name());
    }
}
