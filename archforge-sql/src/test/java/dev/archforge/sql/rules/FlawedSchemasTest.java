package dev.archforge.sql.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleSettings;
import dev.archforge.lint.testing.Fixture;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.catalog.SqlRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Deliberately flawed schemas and migrations under {@code src/test/resources/flawed/}, reviewed the
 * way a user would, with every SQL rule on (opt-in ones named in the configuration) and online
 * migrations: every finding is marked inline, and every marker must be met. A change that makes
 * the review miss a flaw it found, or find one nobody marked, fails here.
 * {@code fail-schema-*.sql} files are schemas, {@code fail-migration-*.sql} migrations.
 */
class FlawedSchemasTest {
    static final Path DIR = Path.of("src/test/resources/flawed");

    @TestFactory
    Stream<DynamicTest> flawedFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(2);
        return tests.stream();
    }

    private static void check(Path file) throws IOException {
        Fixture fixture = Fixture.read(file, "--");
        fixture.assertWellFormed();
        ReviewMode mode =
                file.getFileName().toString().startsWith("fail-migration") ? ReviewMode.MIGRATION : ReviewMode.SCHEMA;
        Map<String, RuleSettings> everyRule = SqlRules.descriptors().stream()
                .map(RuleDescriptor::id)
                .collect(Collectors.toMap(id -> id, id -> RuleSettings.DEFAULT));
        Config config = Config.builder(DIR.toAbsolutePath()).rules(everyRule).build();
        var result = new SqlReviewer(Limits.DEFAULT).reviewFiles(List.of(file), mode, Migrations.ONLINE, config);
        assertThat(result.failures()).as("rules that crashed").isEmpty();
        fixture.assertMatches(result.findings().stream()
                .map(f -> new dev.archforge.model.Finding(f.ruleId(), f.severity(), f.message(), f.location()))
                .toList());
    }
}
