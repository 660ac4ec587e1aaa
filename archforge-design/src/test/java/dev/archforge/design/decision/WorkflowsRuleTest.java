package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Workflow;
import dev.archforge.design.plan.Workflow.Coordination;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowsRuleTest {
    private static final String PARTIES = "Order (orders, payments, products, payment-provider)";

    @Test
    void aLifecycleInOneComponentIsNoWorkflow() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("workflows");
    }

    @Test
    void anOrderThatTakesStockAndWaitsForThePaymentProviderIsAnOrchestratedSaga() {
        Decision d = Decide.decision(Workloads.shop("0.5 per user per day"), "workflows");
        assertThat(d.choice())
                .isEqualTo("Orchestrated saga for " + PARTIES + ": a process table driven by the outbox;"
                        + " compensations on failure, 15 min step timeouts");
        assertThat(d.rationale())
                .contains("a failure runs the compensating steps in reverse (refund a captured payment, return taken"
                        + " stock and move the record to a terminal state)")
                .contains("1.7 starts/s at peak are ordinary writes");
        assertThat(d.revisitWhen())
                .isEqualTo("When workflows reach 3 (today 1) or components deploy separately, move to a workflow"
                        + " engine such as Temporal.");
        assertThat(Decide.architecture(Workloads.shop("0.5 per user per day")).workflows())
                .containsExactly(new Workflow(
                        "Order",
                        List.of("orders", "payments", "products", "payment-provider"),
                        Coordination.PROCESS_TABLE,
                        15));
    }

    @Test
    void twoComponentsWithoutAProviderReactToEachOthersEvents() {
        Requirements shop = Workloads.shop("0.5 per user per day");
        Requirements noPayments = Variants.patterns(
                Variants.entities(
                        Variants.features(shop, Feature.AUTH),
                        shop.entities().stream()
                                .filter(e -> !e.name().equals("Payment"))
                                .toList()),
                shop.accessPatterns().stream()
                        .filter(p -> !p.name().equals("payment-callback"))
                        .toList());
        Decision d = Decide.decision(noPayments, "workflows");
        assertThat(d.choice())
                .isEqualTo("Choreographed saga via events for Order (orders, products); compensations on failure, 15"
                        + " min step timeouts");
        assertThat(d.revisitWhen())
                .isEqualTo("When a third component or an external provider joins a workflow, orchestrate it with a"
                        + " process table.");
    }

    @Test
    void separatelyDeployedServicesRunTheSagaInAWorkflowEngine() {
        Decision d = Decide.decision(Variants.team(Workloads.shop("0.5 per user per day"), 40, 5), "workflows");
        assertThat(d.choice())
                .isEqualTo("Orchestrated sagas in a workflow engine (Temporal) for " + PARTIES
                        + "; compensations on failure, 15 min step timeouts");
        assertThat(d.revisitWhen())
                .isEqualTo("When workflow starts pass ~1,000/s at peak (today 1.7/s), add history shards or move to"
                        + " a managed Temporal.");
    }
}
