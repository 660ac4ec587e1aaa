package dev.archforge.design.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks of the catalog: ids, the reads table, and that every driver is a key its rule declares. */
class DecisionRulesTest {
    /** The decisions every design has: their rules do not override {@link DecisionRule#applies}. */
    static final List<String> CORE = DecisionRules.all().stream()
            .filter(DecisionRulesTest::core)
            .map(r -> DecisionRules.info(r).id())
            .toList();

    static boolean core(DecisionRule rule) {
        try {
            return rule.getClass().getMethod("applies", DesignContext.class).getDeclaringClass() == DecisionRule.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Requirements> shapes() {
        return Stream.of(
                Variants.fitness(),
                Shapes.internalTool(),
                Shapes.marketplace(),
                Shapes.telemetry(),
                Shapes.chat(),
                Shapes.saas(),
                Variants.team(Variants.fitness(), 16, 4),
                Variants.budget(Variants.team(Variants.fitness(), 16, 4), 500),
                Variants.actions(Shapes.internalTool(), 20, 10, 80),
                Variants.compliance(Variants.recovery(Variants.fitness(), 0, 10), "hipaa", "pci"),
                Workloads.qualities(Workloads.shop("300 per user per day"), "no-data-loss", "strong-consistency"),
                Variants.peakRps(Workloads.shop("0.5 per user per day"), 500),
                Workloads.latency(
                        Workloads.plusMachine(
                                Variants.plusFeatures(Variants.fitness(), Feature.MODEL_SERVING),
                                "sensor",
                                OptionalLong.of(5_000)),
                        120),
                Workloads.tenants(
                        Variants.compliance(
                                Variants.regions(
                                        Variants.plusFeatures(Shapes.saas(), Feature.SSO),
                                        "eu",
                                        "eu-central-1",
                                        "us-east-1"),
                                "hipaa"),
                        40),
                Variants.team(
                        Variants.availability(
                                Variants.regions(Variants.fitness(), "eu", "eu-central-1", "eu-west-1"), 99.99),
                        20,
                        3),
                Workloads.audience(Variants.fitness(), "partner"));
    }

    @Test
    void everyRuleHasAUniqueKebabIdAndReadsKnownKeys() {
        List<DecisionInfo> infos =
                DecisionRules.all().stream().map(DecisionRules::info).toList();
        // The twenty core areas and the seventeen specialised ones that apply only where the workload calls for them.
        assertThat(infos).hasSize(37);
        assertThat(CORE).hasSize(20);
        assertThat(infos)
                .extracting(DecisionInfo::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
        for (DecisionInfo info : infos) {
            assertThat(info.reads()).as(info.id()).isNotEmpty().doesNotHaveDuplicates();
            // a rule reads keys with a path of their own: a setting or a whole top-level section
            assertThat(info.reads()).as(info.id()).noneMatch(RequirementKey::item);
            assertThat(info.title()).as(info.id()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyDriverIsAKeyItsRuleReads(Requirements requirements) {
        Map<String, List<String>> reads = new HashMap<>();
        DecisionRules.all()
                .forEach(r -> reads.put(
                        DecisionRules.info(r).id(),
                        Stream.of(DecisionRules.info(r).reads())
                                .map(RequirementKey::path)
                                .toList()));
        Design design = Decide.design(requirements);
        assertThat(design.decisions())
                .extracting(Decision::id)
                .containsAll(CORE)
                .doesNotHaveDuplicates()
                .allMatch(reads::containsKey);
        for (Decision d : design.decisions()) {
            assertThat(d.drivers()).as(d.id()).isNotEmpty();
            for (String driver : d.drivers()) {
                String key = driver.substring(0, driver.indexOf(" = "));
                assertThat(reads.get(d.id())).as(d.id() + " driver " + driver).contains(key);
            }
            assertThat(d.alternatives()).as(d.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(d.rationale()).as(d.id()).doesNotContain("  ").doesNotContain(" .");
        }
    }

    @Test
    void decisionsArePresentedByArea() {
        List<Decision> decisions = Decide.design(Variants.fitness()).decisions();
        assertThat(decisions)
                .extracting(Decision::id)
                .containsExactly(
                        "architecture-style",
                        "service-boundaries",
                        "api-style",
                        "authentication",
                        "authorization",
                        "data-stores",
                        "data-model",
                        "indexes",
                        "data-lifecycle",
                        "analytics-pipeline",
                        "caching",
                        "http-caching",
                        "messaging",
                        "notifications",
                        "consistency",
                        "rate-limiting",
                        "availability-scaling",
                        "regions",
                        "deployment-platform",
                        "ci-cd",
                        "observability",
                        "security-controls",
                        "backup-recovery",
                        "performance");
    }

    @Test
    void affectedDecisionsComeFromTheReadsTable() {
        assertThat(DecisionRules.affectedBy("scale.peak-factor"))
                .containsExactly(
                        "architecture-style",
                        "tenancy",
                        "data-stores",
                        "caching",
                        "http-caching",
                        "messaging",
                        "consistency",
                        "ledger",
                        "inventory",
                        "workflows",
                        "api-consumers",
                        "availability-scaling",
                        "load-shedding",
                        "model-serving",
                        "observability",
                        "performance");
        assertThat(DecisionRules.affectedBy("scale.tenants")).containsExactly("tenancy");
        assertThat(DecisionRules.affectedBy("system.audience"))
                .containsExactly("http-caching", "api-consumers", "regions");
        assertThat(DecisionRules.affectedBy("constraints.qualities"))
                .containsExactly("ledger", "regions", "model-serving");
        assertThat(DecisionRules.affectedBy("team.skills")).containsExactly("api-style");
        assertThat(DecisionRules.affectedBy("constraints.budget-per-month")).containsExactly("deployment-platform");
        assertThat(DecisionRules.affectedBy("entities.Workout.growth-per-user-per-month"))
                .contains("service-boundaries", "indexes", "data-lifecycle", "location", "time-series")
                .hasSize(21);
        assertThat(DecisionRules.affectedBy("scale.payload-kb")).isEmpty();
    }
}
