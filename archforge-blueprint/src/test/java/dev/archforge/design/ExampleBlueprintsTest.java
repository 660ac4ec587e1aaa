package dev.archforge.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.dsl.StructurizrDslParser;
import dev.archforge.design.artifact.openapi.OpenApiContributor;
import dev.archforge.design.artifact.sql.SqlContributor;
import dev.archforge.design.artifact.structurizr.StructurizrContributor;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.RequirementsLoader;
import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.Severity;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.ReviewMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example requirements in {@code examples/design/*.yaml} and their blueprints beside them
 * ({@code examples/design/<name>/}), checked in as golden files: regenerate with
 * {@code -Darchforge.updateGolden=true} and review the diff. Every generated API and schema must
 * pass Archforge's own review with no error or warning, and every workspace must parse.
 */
class ExampleBlueprintsTest {
    static final Path EXAMPLES = Path.of("../examples/design");

    @TempDir
    Path dir;

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(6);
            return names;
        }
    }

    /** Designs an example, naming its file as a user in that folder would see it. */
    static Design design(String name) {
        RequirementsLoader loader = new RequirementsLoader();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(EXAMPLES.resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        RequirementsLoader.Loaded loaded = loader.read(name + ".yaml", bytes);
        return new Designer().design(loaded.requirements(), loaded.locations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void blueprintMatchesTheCheckedInFolder(String name) throws IOException {
        Blueprint blueprint = Blueprints.render(design(name));
        Path folder = EXAMPLES.resolve(name);
        if (Boolean.getBoolean("archforge.updateGolden")) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path p :
                            old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> file : blueprint.files().entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return;
        }
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .forEach(p -> expected.add(folder.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(blueprint.files().keySet()).as("files of %s", folder).containsExactlyElementsOf(expected);
        for (Map.Entry<String, String> file : blueprint.files().entrySet()) {
            assertThat(file.getValue())
                    .as("%s/%s", folder, file.getKey())
                    .isEqualTo(Files.readString(folder.resolve(file.getKey())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void designIsIdenticalAcrossRuns(String name) {
        assertThat(Blueprints.render(design(name)).files())
                .isEqualTo(Blueprints.render(design(name)).files());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void apiPassesOwnReview(String name) throws IOException {
        Path file = dir.resolve("openapi.yaml");
        Files.writeString(file, Blueprints.render(design(name)).file(OpenApiContributor.PATH));
        RunResult result =
                new OpenApiReviewer(Limits.DEFAULT).review(file, "openapi.yaml", InputKind.OPENAPI, Config.empty(dir));
        assertThat(result.failures()).isEmpty();
        assertThat(problems(result.findings())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void schemaPassesOwnReviewInBothModes(String name) throws IOException {
        Path file = dir.resolve("V1__init.sql");
        Files.writeString(file, Blueprints.render(design(name)).file(SqlContributor.PATH));
        for (ReviewMode mode : ReviewMode.values()) {
            RunResult result = new SqlReviewer(Limits.DEFAULT).review(List.of(file), mode, Config.empty(dir));
            assertThat(result.failures()).isEmpty();
            assertThat(problems(result.findings())).as("%s mode", mode).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void workspaceParses(String name) throws Exception {
        for (Map.Entry<String, String> file :
                Blueprints.render(design(name)).files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.parse(dir.resolve(StructurizrContributor.PATH).toFile());
        assertThat(parser.getWorkspace().getModel().getSoftwareSystems()).isNotEmpty();
    }

    private static List<String> problems(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.location() + " " + f.ruleId() + " " + f.message())
                .toList();
    }
}
