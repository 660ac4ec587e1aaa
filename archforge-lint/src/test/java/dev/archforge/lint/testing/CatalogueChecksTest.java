package dev.archforge.lint.testing;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.testing.fake.FakeRule;
import dev.archforge.lint.testing.fake.area.AlphaRule;
import dev.archforge.lint.testing.fake.area.BetaRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared catalogue checks can fail: a rule class left out of its registry is caught. */
class CatalogueChecksTest {

    @Test
    void aRuleClassMissingFromTheRegistryFailsTheCatalogue() {
        Catalogue catalogue = new Catalogue(RuleRegistry.of(List.of(List.of(new AlphaRule()))));

        assertThatThrownBy(catalogue::everyRuleClassIsRegistered)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule classes missing from their area's registry list")
                .hasMessageContaining(BetaRule.class.getName());
    }

    @Test
    void aCatalogueThatListsEveryRuleClassPasses() {
        Catalogue catalogue = new Catalogue(RuleRegistry.of(List.of(List.of(new AlphaRule(), new BetaRule()))));

        assertThatNoException().isThrownBy(catalogue::everyRuleClassIsRegistered);
        assertThatNoException().isThrownBy(catalogue::everyRuleIsAFinalAnnotatedClassInAnAreaPackage);
    }

    @Test
    void aScanOfTheWrongPackageFailsInsteadOfFindingNothing() {
        Catalogue catalogue = new Catalogue(RuleRegistry.of(List.of(List.of(new AlphaRule(), new BetaRule())))) {
            @Override
            protected String rulesPackage() {
                return "dev.archforge.lint.testing.nothing";
            }
        };

        assertThatThrownBy(catalogue::everyRuleClassIsRegistered)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule classes found in dev.archforge.lint.testing.nothing");
    }

    /** The shared checks over the made-up rules of {@code testing.fake}, test classes included. */
    private static class Catalogue extends AbstractRuleCatalogTest<FakeRule> {
        private final RuleRegistry<FakeRule> registry;

        Catalogue(RuleRegistry<FakeRule> registry) {
            this.registry = registry;
        }

        @Override
        protected RuleRegistry<FakeRule> registry() {
            return registry;
        }

        @Override
        protected Class<FakeRule> ruleInterface() {
            return FakeRule.class;
        }

        @Override
        protected String idPrefix() {
            return "api-fake-";
        }

        @Override
        protected String rulesPackage() {
            return "dev.archforge.lint.testing.fake";
        }

        @Override
        protected JavaClasses ruleClasses() {
            return new ClassFileImporter().importPackages(rulesPackage());
        }
    }
}
