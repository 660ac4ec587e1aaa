package dev.archforge.sql.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.lint.Config;
import dev.archforge.lint.ConfigLoader;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.lint.testing.Fixture;
import dev.archforge.model.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/rules/<rule-id>/} with only that rule, in
 * migration mode for migration-safety rules and schema mode for the others: each expectation
 * marker must be met by a finding on its line, and each finding must have a marker. A fixture
 * {@code name.sql} with a {@code name.archforge.yaml} beside it is reviewed with that configuration
 * (project context such as {@code large-tables}), read the way the command line reads it.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String ruleId = FIXTURES.relativize(file).getName(0).toString();
                tests.add(DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> check(ruleId, file)));
            }
        }
        return tests.stream();
    }

    static void check(String ruleId, Path file) throws IOException {
        Fixture fixture = Fixture.read(file, "--");
        fixture.assertWellFormed();
        ReviewMode mode = SqlRules.descriptors().stream()
                        .anyMatch(d -> d.id().equals(ruleId) && d.category() == Category.MIGRATION_SAFETY)
                ? ReviewMode.MIGRATION
                : ReviewMode.SCHEMA;
        List<RegisteredRule<SqlFile>> rule = SqlRules.registered(mode).stream()
                .filter(r -> r.descriptor().id().equals(ruleId))
                .toList();
        assertThat(rule).as("rule %s exists", ruleId).hasSize(1);
        Path configFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.sql$", ".archforge.yaml"));
        Config config = Files.exists(configFile)
                ? ConfigLoader.load(configFile, SqlRules.descriptors())
                : Config.empty(FIXTURES.toAbsolutePath());
        SqlFile sql = SqlFile.of(
                file.getFileName().toString(),
                Files.readString(file, StandardCharsets.UTF_8),
                mode,
                TableSizes.of(config.largeTables()));
        RunResult result = RuleRunner.run(sql, sql.name(), rule, config.withStrict());
        assertThat(result.failures()).as("rule crashed").isEmpty();

        fixture.assertMatches(result.findings());
    }
}
