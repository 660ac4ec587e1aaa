package dev.archforge.openapi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.lint.testing.Fixture;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/rules/<rule-id>/} with only that rule: each
 * expectation marker must be met by a finding on its line, and each finding must have a marker.
 * Fixtures run in the strict profile unless their name holds {@code .default.}.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String ruleId = FIXTURES.relativize(file).getName(0).toString();
                tests.add(DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> check(ruleId, file)));
            }
        }
        return tests.stream();
    }

    static void check(String ruleId, Path file) throws IOException {
        Fixture fixture = Fixture.read(file, "#");
        fixture.assertWellFormed();
        ApiDocument api =
                new OpenApiLoader(Limits.DEFAULT).load(file, file.getFileName().toString(), InputKind.AUTO);
        List<RegisteredRule<ApiDocument>> rule = OpenApiRules.registered(api.isEndpointList()).stream()
                .filter(r -> r.descriptor().id().equals(ruleId))
                .toList();
        assertThat(rule)
                .as("rule %s exists and applies to %s", ruleId, api.version().title())
                .hasSize(1);
        // fixtures of flawed designs run in the strict profile (every rule, everything it reports);
        // a fixture named '*.default.yaml' shows what the default profile leaves alone
        Config config = Config.empty(FIXTURES.toAbsolutePath());
        if (!file.getFileName().toString().contains(".default.")) {
            config = config.withStrict();
        }
        RunResult result = RuleRunner.run(api, api.file(), rule, config);
        assertThat(result.failures()).as("rule crashed").isEmpty();

        fixture.assertMatches(result.findings());
    }
}
