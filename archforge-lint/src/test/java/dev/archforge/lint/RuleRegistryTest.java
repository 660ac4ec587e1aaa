package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.lint.testing.clash.AlphaAgainRule;
import dev.archforge.lint.testing.fake.FakeRule;
import dev.archforge.lint.testing.fake.area.AlphaRule;
import dev.archforge.lint.testing.fake.area.BetaRule;
import dev.archforge.model.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {
    private static final FakeRule ALPHA = new AlphaRule();
    private static final FakeRule BETA = new BetaRule();

    @Test
    void ordersTheRulesOfAllAreasById() {
        RuleRegistry<FakeRule> registry = RuleRegistry.of(List.of(List.of(BETA), List.of(ALPHA)));

        assertThat(registry.rules()).containsExactly(ALPHA, BETA);
        assertThat(registry.descriptors().stream().map(RuleDescriptor::id))
                .containsExactly("api-fake-alpha", "api-fake-beta");
        assertThat(registry.areas()).containsExactly(List.of(BETA), List.of(ALPHA));
    }

    @Test
    void readsEachDescriptorOnce() {
        RuleRegistry<FakeRule> registry = RuleRegistry.of(List.of(List.of(ALPHA, BETA)));

        assertThat(registry.descriptors().get(0))
                .isSameAs(registry.descriptors().get(0));
        assertThat(registry.find("api-fake-beta").orElseThrow().descriptor())
                .isSameAs(registry.descriptors().get(1));
    }

    @Test
    void findsARuleById() {
        RuleRegistry<FakeRule> registry = RuleRegistry.of(List.of(List.of(ALPHA, BETA)));

        assertThat(registry.find("api-fake-beta").map(RuleRegistry.Entry::rule)).containsSame(BETA);
        assertThat(registry.find("api-fake-gamma")).isEmpty();
    }

    @Test
    void refusesTwoRulesWithOneId() {
        List<List<FakeRule>> areas = List.of(List.of(ALPHA), List.of(new AlphaAgainRule()));

        assertThatThrownBy(() -> RuleRegistry.of(areas))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule id api-fake-alpha is declared by both " + AlphaRule.class.getName() + " and "
                        + AlphaAgainRule.class.getName());
    }

    @Test
    void refusesARuleWithoutMetadata() {
        FakeRule anonymous = subject -> {};

        assertThatThrownBy(() -> RuleRegistry.of(List.of(List.of(anonymous))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("has no @RuleInfo");
    }

    @Test
    void bindsTheRulesTheFilterKeeps() {
        RuleRegistry<FakeRule> registry = RuleRegistry.of(List.of(List.of(ALPHA, BETA)));

        List<RegisteredRule<StringBuilder>> registered = registry.registered(
                e -> !e.id().equals("api-fake-alpha"), (rule, d) -> (subject, options, sink) -> rule.check(subject));
        StringBuilder subject = new StringBuilder();
        RunResult result = RuleRunner.run(subject, "f", registered, Config.empty(Path.of(".")));

        assertThat(registered).extracting(r -> r.descriptor().id()).containsExactly("api-fake-beta");
        assertThat(result.failures()).isEmpty();
        assertThat(subject).hasToString("beta");
    }
}
