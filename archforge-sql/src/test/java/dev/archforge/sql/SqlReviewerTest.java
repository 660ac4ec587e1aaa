package dev.archforge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleSettings;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.model.Severity;
import dev.archforge.source.Limits;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.TableSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlReviewerTest {
    @TempDir
    Path dir;

    private Path write(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
        return p;
    }

    private static List<String> lines(RunResult r) {
        return r.findings().stream()
                .map(f -> Path.of(f.location().file()).getFileName() + ":"
                        + f.location().line() + " " + f.ruleId() + " " + f.message())
                .toList();
    }

    @Test
    void aFolderIsReviewedAsMigrationsInVersionOrderAgainstTheSchemaSoFar() throws IOException {
        write(
                "V2__index.sql",
                "CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN org bigint NOT NULL;");
        write(
                "V1__init.sql",
                "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_id_idx ON users (id);");
        write("V1__init.down.sql", "DROP TABLE users;");
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(dir), Config.empty(dir));
        assertThat(r.failures()).isEmpty();
        assertThat(lines(r))
                .containsExactly(
                        "V1__init.sql:1 sql-natural-key-without-unique Column 'email' of 'users' looks like a natural key but no unique constraint or index covers it",
                        "V1__init.sql:2 sql-index-duplicate Index 'users_id_idx' on 'users' (id) duplicates the index of constraint 'users_pkey'",
                        "V2__index.sql:1 sql-index-created-without-concurrently Index 'users_email_idx' on existing table 'users' is created without CONCURRENTLY",
                        "V2__index.sql:1 sql-lock-timeout-missing Statement locks existing table 'users' without a lock_timeout set earlier in the migration",
                        "V2__index.sql:2 sql-not-null-column-without-default Column 'org' is added to existing table 'users' as NOT NULL without a DEFAULT");
        Finding first = r.findings().stream()
                .filter(f -> f.ruleId().equals("sql-index-created-without-concurrently"))
                .findFirst()
                .orElseThrow();
        assertThat(first.location())
                .isEqualTo(new Location(dir.resolve("V2__index.sql").toString(), 1, 1, 1, 45, Optional.empty()));
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theModesAreSettingsTheReportsShowSpelledAsTheOptionsTakeThem() {
        assertThat(Migrations.OFFLINE.setting().describe())
                .isEqualTo("migrations=offline (applied with the service stopped: only table rewrites and data loss"
                        + " are reviewed)");
        assertThat(Migrations.ONLINE.setting().value()).isEqualTo("online");
        assertThat(ReviewMode.MIGRATION.setting().describe())
                .isEqualTo("sql-mode=migration (each statement is reviewed against the database before it)");
        assertThat(ReviewMode.SCHEMA.setting().value()).isEqualTo("schema");
    }

    @Test
    void largeTablesTellTheLockRulesWhichTablesOfTheHistoryAreSmall() throws IOException {
        write("V20240101__init.sql", """
                CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
                CREATE TABLE teams (id bigint PRIMARY KEY, login text);
                CREATE TABLE purchases (id bigint PRIMARY KEY, amount numeric);
                """);
        write("V20240301__checks.sql", """
                ALTER TABLE orders ADD CHECK (total >= 0);
                ALTER TABLE teams ADD CHECK (login = lower(login));
                ALTER TABLE purchases ADD CHECK (amount >= 0);
                CREATE INDEX teams_login_idx ON teams (login);
                """);
        write("V20240401__rename.sql", "ALTER TABLE purchases RENAME TO payments;\n");
        List<String> lockRules = List.of("sql-check-without-not-valid", "sql-index-created-without-concurrently");
        // purchases is large under the name it ends with; teams, not named, is small
        Config sized = Config.builder(dir)
                .largeTables(Optional.of(List.of("orders", "payments")))
                .build();
        assertThat(lockFindings(sized, lockRules))
                .containsExactly(
                        "V20240301__checks.sql:1 sql-check-without-not-valid",
                        "V20240301__checks.sql:3 sql-check-without-not-valid");
        // not said: any table the history created earlier may be large by now
        assertThat(lockFindings(Config.empty(dir), lockRules))
                .containsExactly(
                        "V20240301__checks.sql:1 sql-check-without-not-valid",
                        "V20240301__checks.sql:2 sql-check-without-not-valid",
                        "V20240301__checks.sql:3 sql-check-without-not-valid",
                        "V20240301__checks.sql:4 sql-index-created-without-concurrently");
        // an empty list says no table is large
        assertThat(lockFindings(
                        Config.builder(dir).largeTables(Optional.of(List.of())).build(), lockRules))
                .isEmpty();
    }

    private List<String> lockFindings(Config config, List<String> rules) {
        return new SqlReviewer(Limits.DEFAULT)
                .review(List.of(dir), ReviewMode.MIGRATION, config).findings().stream()
                        .filter(f -> rules.contains(f.ruleId()))
                        .map(f -> Path.of(f.location().file()).getFileName() + ":"
                                + f.location().line() + " " + f.ruleId())
                        .toList();
    }

    @Test
    void largeTablesAreASettingTheReportsShow() {
        assertThat(TableSizes.UNKNOWN.setting()).isEmpty();
        assertThat(TableSizes.of(Optional.of(List.of("orders", "audit.events")))
                        .setting()
                        .orElseThrow()
                        .describe())
                .isEqualTo("large-tables=orders, audit.events (the lock rules judge other tables small)");
        assertThat(TableSizes.of(Optional.of(List.of())).setting().orElseThrow().value())
                .isEqualTo("none");
    }

    @Test
    void aSingleFileIsASchemaAndMigrationRulesDoNotRunOnIt() throws IOException {
        Path f = write("schema.sql", "CREATE INDEX i ON users (email);\nCREATE TABLE logs (at timestamp);");
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(f), Config.empty(dir));
        assertThat(lines(r))
                .containsExactly(
                        "schema.sql:2 sql-table-without-primary-key Table 'logs' has no primary key",
                        "schema.sql:2 sql-timestamp-without-time-zone Column 'at' of 'logs' is timestamp without time zone");
        RunResult asMigration =
                new SqlReviewer(Limits.DEFAULT).review(List.of(f), ReviewMode.MIGRATION, Config.empty(dir));
        assertThat(lines(asMigration))
                .containsExactly(
                        "schema.sql:1 sql-index-created-without-concurrently Index 'i' on existing table 'users' is created without CONCURRENTLY",
                        "schema.sql:1 sql-lock-timeout-missing Statement locks existing table 'users' without a lock_timeout set earlier in the migration",
                        "schema.sql:2 sql-table-without-primary-key Table 'logs' has no primary key",
                        "schema.sql:2 sql-timestamp-without-time-zone Column 'at' of 'logs' is timestamp without time zone");
    }

    @Test
    void designRulesJudgeTheSchemaTheFilesEndWith() throws IOException {
        write(
                "001_tables.sql",
                "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (a_id bigint REFERENCES a, x int);");
        write("002_keys.sql", "ALTER TABLE b ADD PRIMARY KEY (a_id, x);");
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(dir), ReviewMode.SCHEMA, Config.empty(dir));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aForeignKeyAddedBeforeItsTableInNameOrderIsStillJudged() throws IOException {
        // MusicBrainz's schema folder: CreateFKConstraints.sql sorts before CreateTables.sql
        write(
                "CreateTables.sql",
                "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY, a_id bigint);");
        // ON DELETE CASCADE: the schema says rows of a are deleted, so the unindexed key matters
        write(
                "CreateFKConstraints.sql",
                "ALTER TABLE b ADD CONSTRAINT b_fk_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE;");
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(dir), ReviewMode.SCHEMA, Config.empty(dir));
        assertThat(lines(r))
                .containsExactly(
                        "CreateFKConstraints.sql:1 sql-foreign-key-without-index Foreign key 'b_fk_a' on 'b' (a_id) has no index starting with its columns");
    }

    @Test
    void configurationDisablesRulesAndChangesSeverity() throws IOException {
        Path f = write("s.sql", "CREATE TABLE logs (at timestamp);");
        Config config = Config.builder(dir)
                .rules(Map.of(
                        "sql-table-without-primary-key",
                        new RuleSettings(false, Optional.empty(), Map.of()),
                        "sql-timestamp-without-time-zone",
                        new RuleSettings(true, Optional.of(Severity.ERROR), Map.of())))
                .build();
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(f), config);
        assertThat(r.findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sql-timestamp-without-time-zone", Severity.ERROR));
    }

    @Test
    void unreadableFilesAreInvalidInputWithTheirName() throws IOException {
        Path binary = dir.resolve("bad.sql");
        Files.write(binary, new byte[] {'S', 'E', 'L', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> new SqlReviewer(Limits.DEFAULT).review(List.of(binary), Config.empty(dir)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("file is not UTF-8 text");
        Path big = write("big.sql", "SELECT 1;".repeat(20));
        assertThatThrownBy(
                        () -> new SqlReviewer(Limits.DEFAULT.withMaxBytes(10)).review(List.of(big), Config.empty(dir)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("file has 180 bytes, more than the limit of 10");
        Path missing = dir.resolve("missing.sql");
        assertThatThrownBy(() -> new SqlReviewer(Limits.DEFAULT).review(List.of(missing), Config.empty(dir)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("cannot read file: ");
    }

    @Test
    void syntaxErrorsAreFindingsAndTheRestIsStillReviewed() throws IOException {
        Path f = write("s.sql", "\uFEFFCREATE TABLE a (id int) ENGINE=InnoDB;\nCREATE TABLE b (x int);");
        RunResult r = new SqlReviewer(Limits.DEFAULT).review(List.of(f), Config.empty(dir));
        assertThat(lines(r))
                .containsExactly(
                        "s.sql:1 sql-syntax-error Cannot parse CREATE TABLE statement: expected the end of CREATE TABLE but found 'ENGINE'",
                        "s.sql:2 sql-table-without-primary-key Table 'b' has no primary key");
        assertThat(r.findings().get(0).location().column()).isEqualTo(25);
    }
}
