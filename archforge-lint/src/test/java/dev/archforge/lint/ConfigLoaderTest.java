package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.model.Category;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Config load(String yaml) throws IOException {
        Path file = dir.resolve(".archforge.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file);
    }

    private String error(String yaml) {
        try {
            load(yaml);
        } catch (InvalidInputException e) {
            return e.describe().replace(dir.toString(), "DIR");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected an error");
    }

    @Test
    void readsSeveritiesOptionsIgnoresAndFailOn() throws IOException {
        Config c = load("""
                rules:
                  api-a: off
                  api-b: warning
                  api-c:
                    severity: info
                    max-depth: 4
                    names: [x, y]
                ignore: ["vendor/**"]
                fail-on: warning
                """);
        assertThat(c.settings("api-a").enabled()).isFalse();
        assertThat(c.settings("api-b").severity()).contains(Severity.WARNING);
        assertThat(c.settings("api-c"))
                .isEqualTo(
                        new RuleSettings(true, Optional.of(Severity.INFO), Map.of("max-depth", "4", "names", "x,y")));
        assertThat(c.settings("api-unconfigured")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(c.failOn()).contains("warning");
        assertThat(c.isIgnored(dir.resolve("vendor/lib/api.yaml"))).isTrue();
        assertThat(c.isIgnored(dir.resolve("api.yaml"))).isFalse();
    }

    @Test
    void mistakesAreReportedWhereTheyAreWritten() {
        assertThat(error("rule:\n  api-a: off\n"))
                .isEqualTo("DIR/.archforge.yaml:1:1: unknown key 'rule', expected one of [fail-on, ignore,"
                        + " large-tables, live-since, migrations, profile, ref-root, rules]");
        assertThat(error("rules:\n  api-a: loud\n"))
                .isEqualTo("DIR/.archforge.yaml:2:10: expected off, error, warning or info, found 'loud'");
        assertThat(error("fail-on: sometimes\n"))
                .isEqualTo("DIR/.archforge.yaml:1:10: expected error, warning, info or never, found 'sometimes'");
        assertThat(error("ignore: vendor\n")).isEqualTo("DIR/.archforge.yaml:1:9: expected a list of file globs");
        assertThat(error("profile: paranoid\n"))
                .isEqualTo("DIR/.archforge.yaml:1:10: expected default or strict, found 'paranoid'");
        assertThat(error("migrations: sometimes\n"))
                .isEqualTo("DIR/.archforge.yaml:1:13: expected online or offline, found 'sometimes'");
    }

    @Test
    void migrationSettingsAreRead() throws IOException {
        Config c = load("migrations: offline\nlive-since: 2014-11-20\n");
        assertThat(c.migrations()).contains("offline");
        assertThat(c.liveSince()).contains("2014-11-20");
        assertThat(load("fail-on: info\n").migrations()).isEmpty();
    }

    @Test
    void largeTablesAreReadAsWrittenAndAnEmptyListSaysNoneIs() throws IOException {
        assertThat(load("large-tables: [orders, audit.events, '\"Line Items\"']\n")
                        .largeTables())
                .contains(List.of("orders", "audit.events", "\"Line Items\""));
        assertThat(load("large-tables: []\n").largeTables()).contains(List.of());
        assertThat(load("fail-on: info\n").largeTables()).isEmpty();
    }

    @Test
    void refRootIsAFolderRelativeToTheConfiguration() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path file = project.resolve(".archforge.yaml");
        Files.writeString(file, "ref-root: ..\n");
        assertThat(ConfigLoader.load(file).refRoot())
                .contains(dir.toAbsolutePath().normalize());
        assertThat(load("fail-on: info\n").refRoot()).isEmpty();
        assertThat(error("ref-root: shared\n"))
                .isEqualTo("DIR/.archforge.yaml:1:11: ref-root 'shared' is not a folder (DIR/shared)");
    }

    @Test
    void largeTablesThatAreNotTableNamesArePointedAt() {
        assertThat(error("large-tables: orders\n"))
                .isEqualTo("DIR/.archforge.yaml:1:15: expected a list of table names such as [orders, audit.events]");
        assertThat(error("large-tables:\n  - orders\n  - \"orders; drop\"\n"))
                .isEqualTo("DIR/.archforge.yaml:3:5: expected a table name such as orders or audit.events,"
                        + " found 'orders; drop'");
    }

    @Test
    void theStrictProfileRunsTheRulesTaggedStrictAndNamingARuleRunsIt() throws IOException {
        RuleDescriptor checklist = descriptor("api-checklist", List.of(Config.STRICT));
        RuleDescriptor plain = descriptor("api-plain", List.of());
        Config byDefault = load("fail-on: error\n");
        assertThat(byDefault.strict()).isFalse();
        assertThat(byDefault.runs(checklist)).isFalse();
        assertThat(byDefault.runs(plain)).isTrue();
        Config strict = load("profile: strict\nrules:\n  api-plain: off\n");
        assertThat(strict.runs(checklist)).isTrue();
        assertThat(strict.runs(plain)).isFalse();
        assertThat(load("rules:\n  api-checklist: warning\n").runs(checklist)).isTrue();
        RuleDescriptor optIn = descriptor("sql-opt-in", List.of(Config.OPT_IN));
        assertThat(byDefault.runs(optIn)).isFalse();
        assertThat(strict.runs(optIn)).isTrue();
    }

    private static RuleDescriptor descriptor(String id, List<String> tags) {
        return new RuleDescriptor(id, "t", Severity.INFO, Category.NAMING, "0.1.0", tags, List.of(), "fix");
    }

    @Test
    void unknownRuleIdsPointAtTheirKey() throws IOException {
        Config c = load("rules:\n  api-a: off\n  api-typo: error\n");
        assertThatThrownBy(() -> c.checkRuleIds(List.of("api-a")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown rule 'api-typo' (archforge rules lists them)");
    }

    @Test
    void isFoundInTheInputFolderOrAbove() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve(".archforge.yml"), "rules: {}\n");
        assertThat(ConfigLoader.findUpward(nested.resolve("api.yaml"))).contains(dir.resolve(".archforge.yml"));
    }
}
