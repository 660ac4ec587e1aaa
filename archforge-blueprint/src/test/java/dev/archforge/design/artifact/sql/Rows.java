package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.FieldBounds;
import dev.archforge.design.artifact.domain.Invariants;
import dev.archforge.design.artifact.domain.Invariants.Ordered;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inserts well-formed rows of a design's entities into its applied schema, creating the records they
 * require first, so a test can then break one rule at a time: a value for every required field (later
 * for the end of a period), a fresh parent for every required reference, the tenant given.
 */
final class Rows {
    private final Connection connection;
    private final Design design;
    private final boolean tenants;
    private int serial;

    Rows(Connection connection, Design design) {
        this.connection = connection;
        this.design = design;
        this.tenants = design.architecture().security().tenantIsolation();
    }

    Design design() {
        return design;
    }

    /** Inserts a row of {@code entity} in {@code tenant} with {@code overrides} (column → SQL); returns its id. */
    long insert(Entity entity, long tenant, Map<String, String> overrides) throws SQLException {
        return insert(entity, tenant, overrides, Set.of());
    }

    private long insert(Entity entity, long tenant, Map<String, String> overrides, Set<String> making)
            throws SQLException {
        if (making.contains(entity.name())) {
            throw new IllegalStateException("required references loop through " + entity.name());
        }
        Set<String> deeper = new java.util.HashSet<>(making);
        deeper.add(entity.name());
        Map<String, String> values = new LinkedHashMap<>();
        if (tenants) {
            values.put("tenant_id", Long.toString(tenant));
        }
        for (Relation r : entity.relations()) {
            String column = Names.foreignKey(r.name());
            if (r.kind() == RelationKind.MANY_TO_MANY || r.optional() || overrides.containsKey(column)) {
                continue;
            }
            Entity target = design.requirements().entity(r.target()).orElseThrow();
            long parent = insert(target, tenant, Map.of(), deeper);
            values.put(column, Long.toString(parent));
            partitionColumn(r.target())
                    .ifPresent(p -> values.put(
                            column.substring(0, column.length() - 3) + "_" + p,
                            "(SELECT " + p + " FROM " + Names.table(r.target()) + " WHERE id = " + parent + ")"));
        }
        Map<String, Field> later = new HashMap<>();
        for (Invariants.Invariant i : Invariants.of(entity)) {
            if (i instanceof Ordered o) {
                later.put(o.later().name(), o.earlier());
            }
        }
        for (Field f : entity.fields()) {
            if (f.required() || later.containsKey(f.name())) {
                values.put(
                        Names.snake(f.name()), later.containsKey(f.name()) ? laterThan(later.get(f.name())) : value(f));
            }
        }
        values.putAll(overrides);
        String sql = "INSERT INTO " + Names.table(entity.name())
                + (values.isEmpty()
                        ? " DEFAULT VALUES"
                        : " (" + String.join(", ", values.keySet()) + ") VALUES (" + String.join(", ", values.values())
                                + ")")
                + " RETURNING id";
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private java.util.Optional<String> partitionColumn(String entity) {
        return design.architecture().data().partition(entity).map(DataPlan.TimePartition::column);
    }

    /** A value of the field's type within every bound a field may have. */
    String value(Field f) {
        int n = ++serial;
        return switch (f.type()) {
            case BOOLEAN -> "true";
            case BYTES -> "'\\x00'::bytea";
            case DATE -> "date '2025-01-01'";
            case DECIMAL -> "1.5";
            case MONEY -> "1.00";
            case ENUM -> "'" + f.values().get(0) + "'";
            case INTEGER, LONG -> "10";
            case JSON -> "'{}'::jsonb";
            case UUID -> "gen_random_uuid()";
            case TIMESTAMP -> "timestamptz '2025-01-01 00:00:00+00' + interval '" + n + " seconds'";
            case EMAIL -> "'person" + n + "@example.com'";
            case URL -> "'https://example.com/" + n + "'";
            case STRING, TEXT -> "'" + clip("v" + n, f) + "'";
        };
    }

    private static String clip(String value, Field f) {
        int max = FieldBounds.maxLength(f).orElse(value.length());
        return value.length() <= max ? value : value.substring(value.length() - max);
    }

    private String laterThan(Field earlier) {
        return "(" + value(earlier) + ") + interval '2 days'";
    }
}
