package dev.archforge.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.lint.Config;
import dev.archforge.lint.ConfigLoader;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.model.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/rules/<rule-id>/} with only that rule, the way
 * Error Prone's test helper runs one check on a source with {@code // BUG:} markers: each
 * {@link Fixture} marker must be met by a finding on its line, and each finding must have a
 * marker. Fixtures run in the strict profile (every rule, everything it reports) unless their name
 * holds {@code .default.}, which shows what the default profile leaves alone. The API and SQL
 * fixture tests extend it (this module's test jar) and say only how a fixture is read. A fixture
 * {@code name.sql} with a {@code name.archforge.yaml} beside it is reviewed with that configuration
 * (project context such as {@code large-tables}), read the way the command line reads it.
 *
 * @param <S> what the rules run on: an API document, a SQL file
 */
public abstract class AbstractRuleFixtureTest<S> {
    public static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final String CONFIG_SUFFIX = ".archforge.yaml";

    /** The catalogue the fixtures' rules are looked up in. */
    protected abstract RuleRegistry<?> registry();

    /** How a comment starts in the fixtures: {@code #} or {@code --}. */
    protected abstract String commentStart();

    /** The fixture read as a review reads it, for the rule under test. */
    protected abstract S read(Path file, RuleDescriptor rule, Config config) throws IOException;

    /** The file name findings on {@code subject} carry. */
    protected abstract String fileOf(S subject);

    /** The rules as the engine runs them on {@code subject} (those that apply to its kind). */
    protected abstract List<RegisteredRule<S>> registered(S subject, RuleDescriptor rule);

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(CONFIG_SUFFIX))
                    .sorted()
                    .toList()) {
                String ruleId = FIXTURES.relativize(file).getName(0).toString();
                tests.add(DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> check(ruleId, file)));
            }
        }
        return tests.stream();
    }

    private void check(String ruleId, Path file) throws IOException {
        Fixture fixture = Fixture.read(file, commentStart());
        fixture.assertWellFormed();
        Optional<RuleDescriptor> descriptor = registry().find(ruleId).map(RuleRegistry.Entry::descriptor);
        assertThat(descriptor)
                .as("rule %s of the fixture folder exists", ruleId)
                .isPresent();
        Config config = config(file);
        S subject = read(file, descriptor.get(), config);
        List<RegisteredRule<S>> rule = registered(subject, descriptor.get()).stream()
                .filter(r -> r.descriptor().id().equals(ruleId))
                .toList();
        assertThat(rule).as("rule %s runs on %s", ruleId, file).hasSize(1);
        if (!file.getFileName().toString().contains(".default.")) {
            config = config.toBuilder().strict(true).build();
        }
        RunResult result = RuleRunner.run(subject, fileOf(subject), rule, config);
        assertThat(result.failures()).as("rule crashed").isEmpty();

        fixture.assertMatches(result.findings());
    }

    /** The configuration beside the fixture ({@code name.archforge.yaml}), or none. */
    private Config config(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path beside = file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + CONFIG_SUFFIX);
        return Files.exists(beside)
                ? ConfigLoader.load(beside, registry().descriptors())
                : Config.empty(FIXTURES.toAbsolutePath());
    }
}
