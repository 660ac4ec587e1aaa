package dev.archforge.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.archforge.lint.Descriptors;
import dev.archforge.lint.RuleInfo;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.model.RuleDescriptor;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Meta-tests over one review kind's whole catalogue, the way PMD's {@code AbstractRuleSetFactoryTest}
 * checks its rule sets: ids well formed, registries sorted, every rule a final annotated class in an
 * area package, with a docs page and failing and passing fixtures, and every rule class registered.
 * The API and SQL catalogue tests extend it (this module's test jar), so the checks cannot drift
 * apart.
 *
 * @param <R> the rule interface of the review kind
 */
public abstract class AbstractRuleCatalogTest<R> {
    protected static final Path ROOT = Path.of(System.getProperty("archforge.root", ".."));

    /** The registry under test. */
    protected abstract RuleRegistry<R> registry();

    /** The rule interface every rule class implements. */
    protected abstract Class<R> ruleInterface();

    /** The domain prefix of every id: {@code api-}, {@code sql-}. */
    protected abstract String idPrefix();

    /** The package of the rule interface; the rules live in its sub-packages, one per area. */
    protected abstract String rulesPackage();

    /** The folder of the docs pages, {@code docs/rules/<id>.md}. */
    protected Path docs() {
        return ROOT.resolve("docs/rules");
    }

    /** The folder of the fixtures, {@code <id>/fail*} and {@code <id>/pass*}. */
    protected Path fixtures() {
        return AbstractRuleFixtureTest.FIXTURES;
    }

    /** The compiled classes of the rules package and its areas, tests left out. */
    protected JavaClasses ruleClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rulesPackage());
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> seen = new TreeSet<>();
        for (RuleDescriptor d : registry().descriptors()) {
            assertThat(seen.add(d.id())).as("duplicate id %s", d.id()).isTrue();
            assertThat(d.id()).startsWith(idPrefix()).matches("[a-z0-9-]+");
            assertThat(d.title()).as("title of %s", d.id()).doesNotEndWith(".");
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void everyAreaRegistryAndTheCatalogueAreSortedById() {
        for (List<R> area : registry().areas()) {
            List<String> ids =
                    area.stream().map(r -> Descriptors.of(r.getClass()).id()).toList();
            assertThat(ids).as("registry order").isSorted();
        }
        assertThat(registry().descriptors().stream().map(RuleDescriptor::id).toList())
                .isSorted();
    }

    @Test
    void everyRuleIsAFinalAnnotatedClassInAnAreaPackage() {
        for (R rule : registry().rules()) {
            Class<?> c = rule.getClass();
            assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", c).isTrue();
            assertThat(c.isAnnotationPresent(RuleInfo.class))
                    .as("%s has @RuleInfo", c)
                    .isTrue();
            assertThat(c.getSimpleName()).as("%s is named ...Rule", c).endsWith("Rule");
            assertThat(c.getPackageName()).as("%s is in an area package", c).startsWith(rulesPackage() + ".");
        }
    }

    /**
     * A rule class written but left out of its area's list would never run, and nothing else would
     * notice: every concrete class that implements the rule interface or carries {@link RuleInfo}
     * must be registered.
     */
    @Test
    void everyRuleClassIsRegistered() {
        Set<String> registered =
                registry().rules().stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        for (JavaClass c : ruleClasses()) {
            boolean concrete = !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT);
            if (concrete && (c.isAssignableTo(ruleInterface()) || c.isAnnotatedWith(RuleInfo.class))) {
                found.add(c.getName());
            }
        }
        // a scan of the wrong package finds nothing and would pass: it must see the registered rules
        assertThat(found).as("rule classes found in %s", rulesPackage()).containsAll(registered);
        Set<String> unregistered = new TreeSet<>(found);
        unregistered.removeAll(registered);
        assertThat(unregistered)
                .as("rule classes missing from their area's registry list")
                .isEmpty();
    }

    @Test
    void everyRuleHasADocsPageWithTheStandardSections() throws IOException {
        for (RuleDescriptor d : registry().descriptors()) {
            Path page = docs().resolve(d.id() + ".md");
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
        try (Stream<Path> pages = Files.list(docs())) {
            pages.map(p -> p.getFileName().toString().replace(".md", ""))
                    .filter(id -> id.startsWith(idPrefix()))
                    .forEach(id -> assertThat(registry().find(id))
                            .as("docs page without a rule: %s", id)
                            .isPresent());
        }
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() throws IOException {
        for (RuleDescriptor d : registry().descriptors()) {
            Path dir = fixtures().resolve(d.id());
            assertThat(dir).as("fixtures of %s", d.id()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as("fixtures of %s", d.id()).anyMatch(n -> n.startsWith("fail"));
                assertThat(names).as("fixtures of %s", d.id()).anyMatch(n -> n.startsWith("pass"));
            }
        }
    }
}
