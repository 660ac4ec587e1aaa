package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.testing.Variants;
import dev.archforge.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisksContributorTest {
    @Test
    void everyWarningAssumptionAndCloseThresholdIsARisk() {
        List<Risk> risks = Risks.of(SectionDesigns.withThresholds());
        assertThat(risks)
                .extracting(r -> r.source() + " | " + r.risk() + " | " + r.likelihood())
                .containsExactly(
                        "WARNING | At the autoscaling ceiling the instances open 30 connections but the database allows"
                                + " 20 (`connections-exceed-budget` at `fitness.yaml:12:3`) | Certain: the requirements"
                                + " say so",
                        "ASSUMPTION | `scale.peak-factor` is assumed to be 4, not confirmed | Unknown until answered",
                        "THRESHOLD | Performance: connections at the ceiling past ~20 connections | Already past (today"
                                + " 30 connections)");
        assertThat(risks.get(0).impact()).isEqualTo("30 connections at the ceiling against 20 the database allows");
        assertThat(risks.get(1).impact()).isEqualTo("An answer can change 1 decision: `deployment-scaling`");
        assertThat(risks.get(2).mitigation())
                .isEqualTo("When pool wait time passes ~10 ms at p99 or connections at the ceiling approach the"
                        + " budget, add PgBouncer or a read replica.");
    }

    @Test
    void initRisksAreEmptyUntilRequirementsCarryThem() {
        assertThat(Risks.initRisks(SectionDesigns.withThresholds())).isEmpty();
        assertThat(RisksContributor.document(SectionDesigns.withThresholds()))
                .contains("## Noted by init\n\nNone.\n")
                .contains("3 risks in all.")
                .contains("| Performance: connections at the ceiling past ~20 connections | Already past (today 30"
                        + " connections) | The decision (Pools of 5 connections,"
                        + " [ADR-0005](adr/0005-performance.md)) is due for revisiting |");
    }

    @Test
    void aBudgetWarningStatesTheOverrunFromTheCostModel() {
        Design base = DocDesigns.fitness();
        Design d = new Design(
                Variants.budget(base.requirements(), 500),
                base.decisions(),
                base.architecture(),
                base.capacity(),
                List.of(new Warning("over-budget", Location.at("fitness.yaml", 120, 3), "The design costs more.")),
                List.of());
        Risk risk = Risks.of(d).get(0);
        assertThat(risk.impact())
                .isEqualTo("US$ 305 a month over budget; the stated budget is US$ 500 ([cost.md](cost.md))");
        assertThat(risk.mitigation())
                .isEqualTo("Raise `constraints.budget-per-month`, lower the targets, or take the cheapest credible"
                        + " option in [cost.md](cost.md).");
    }
}
