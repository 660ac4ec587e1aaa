package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.Blueprints;
import dev.archforge.design.Designer;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's {@code V1__init.sql}, as the decision engine designs it, applies cleanly to a real
 * PostgreSQL, creates a table per entity, and leaves no foreign key without an index.
 */
class ExampleSchemasApplyTest {
    private static final Path EXAMPLES = Path.of("../examples/design");
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void appliesWithEveryForeignKeyIndexed(String name) throws SQLException {
        Requirements requirements = new RequirementsLoader().load(EXAMPLES.resolve(name + ".yaml"));
        String sql = Blueprints.render(new Designer().design(requirements)).file(SqlContributor.PATH);
        String schema = "example_" + name.replace('-', '_');
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
                s.execute(sql);
            }
            List<String> tables = strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
            for (Entity entity : requirements.entities()) {
                assertThat(tables).as("table of %s", entity.name()).contains(Names.table(entity.name()));
            }
            assertThat(strings(c, PostgresApplyTest.UNINDEXED_FOREIGN_KEYS)).isEmpty();
            c.rollback();
        }
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
}
