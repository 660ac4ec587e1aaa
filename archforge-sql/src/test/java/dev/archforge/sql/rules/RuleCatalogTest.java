package dev.archforge.sql.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.lint.Descriptors;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.RuleDescriptor;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Meta-tests over the whole SQL catalogue, the way PMD checks its rule sets. */
class RuleCatalogTest {
    static final Path ROOT = Path.of(System.getProperty("archforge.root", ".."));
    static final Path DOCS = ROOT.resolve("docs/rules");

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (RuleDescriptor d : SqlRules.descriptors()) {
            assertThat(seen.add(d.id())).as("duplicate id %s", d.id()).isTrue();
            assertThat(d.id()).startsWith("sql-").matches("[a-z0-9-]+");
            assertThat(d.title()).as("title of %s", d.id()).doesNotEndWith(".");
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void everyAreaRegistryIsSortedById() {
        for (List<SqlRule> area : SqlRules.AREAS) {
            List<String> ids =
                    area.stream().map(r -> Descriptors.of(r.getClass()).id()).toList();
            assertThat(ids).as("registry order").isSorted();
        }
        assertThat(SqlRules.descriptors().stream().map(RuleDescriptor::id).toList())
                .isSorted();
    }

    @Test
    void everyRuleIsAFinalAnnotatedClassInAnAreaPackage() {
        for (SqlRule rule : SqlRules.all()) {
            Class<?> c = rule.getClass();
            assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", c).isTrue();
            assertThat(c.isAnnotationPresent(RuleInfo.class))
                    .as("%s has @RuleInfo", c)
                    .isTrue();
            assertThat(c.getSimpleName()).as("%s is named ...Rule", c).endsWith("Rule");
            assertThat(c.getPackageName()).as("%s is in an area package", c).startsWith("dev.archforge.sql.rules.");
        }
    }

    @Test
    void everyRuleHasADocsPageWithTheStandardSections() throws IOException {
        for (RuleDescriptor d : SqlRules.descriptors()) {
            Path page = DOCS.resolve(d.id() + ".md");
            assertThat(page).as("docs page of %s", d.id()).exists();
            String text = Files.readString(page);
            assertThat(text)
                    .as("docs page of %s", d.id())
                    .startsWith("# " + d.id() + "\n")
                    .contains("## Why it matters", "## Bad", "## Good", "## How to fix", "## References");
            if (!d.options().isEmpty()) {
                assertThat(text).as("docs page of %s lists its options", d.id()).contains("## Options");
                d.options().forEach(o -> assertThat(text).contains("`" + o.name() + "`"));
            }
        }
    }

    @Test
    void everyDocsPageBelongsToARule() throws IOException {
        Set<String> ids = new HashSet<>(
                SqlRules.descriptors().stream().map(RuleDescriptor::id).toList());
        try (Stream<Path> pages = Files.list(DOCS)) {
            pages.map(p -> p.getFileName().toString().replace(".md", ""))
                    .filter(id -> id.startsWith("sql-"))
                    .forEach(
                            id -> assertThat(ids).as("docs page without a rule").contains(id));
        }
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() throws IOException {
        for (RuleDescriptor d : SqlRules.descriptors()) {
            Path dir = RuleFixturesTest.FIXTURES.resolve(d.id());
            assertThat(dir).as("fixtures of %s", d.id()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as("fixtures of %s", d.id()).anyMatch(n -> n.startsWith("fail"));
                assertThat(names).as("fixtures of %s", d.id()).anyMatch(n -> n.startsWith("pass"));
            }
        }
    }
}
