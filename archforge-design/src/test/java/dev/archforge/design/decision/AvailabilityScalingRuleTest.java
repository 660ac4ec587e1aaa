package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.availability;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.regions;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityScalingRuleTest {
    @Test
    void ninetyNineNineSpansTwoZones() {
        Decision d = Decide.decision(fitness(), "availability-scaling");
        assertThat(d.choice())
                .isEqualTo("2–4 replicas across 2 zones in 1 region, autoscaling on CPU at 60 %; PostgreSQL with a"
                        + " synchronous standby in a second zone");
        assertThat(d.drivers()).startsWith("constraints.availability = 99.9");
        assertThat(d.rationale()).startsWith("99.9 % allows 43.2 minutes of downtime in 30 days");
        assertThat(Decide.architecture(fitness()).deployment())
                .isEqualTo(new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 2, 4)), 2, 1));
    }

    @Test
    void belowNinetyNineNineOneZoneAndOneReplicaSuffice() {
        assertThat(Decide.architecture(availability(fitness(), 99.89)).deployment())
                .isEqualTo(new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 1, 2)), 1, 1));
        assertThat(Decide.decision(availability(fitness(), 99.5), "availability-scaling")
                        .alternatives()
                        .get(0)
                        .option())
                .isEqualTo("Two replicas across two zones");
    }

    @Test
    void ninetyNineNinetyFiveSpansThreeZones() {
        assertThat(Decide.architecture(availability(fitness(), 99.95)).deployment())
                .isEqualTo(new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 3, 6)), 3, 1));
    }

    @Test
    void ninetyNineNinetyNineAddsARegionWhenTwoAreAllowed() {
        assertThat(Decide.architecture(regions(availability(fitness(), 99.99), "eu", "eu-central-1", "eu-west-1"))
                        .deployment()
                        .regions())
                .isEqualTo(2);
        assertThat(Decide.architecture(availability(fitness(), 99.99))
                        .deployment()
                        .regions())
                .isEqualTo(1);
    }

    @Test
    void theMinimumCarriesTheAverageLoadWhenItExceedsTheZones() {
        assertThat(Decide.architecture(Shapes.chat()).deployment())
                .isEqualTo(new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 3, 18)), 2, 1));
        assertThat(Decide.decision(Shapes.chat(), "availability-scaling").rationale())
                .contains("so 9 instances carry the peak; the minimum of 3 carries the average load, the ceiling of"
                        + " 18 absorbs twice the expected peak.");
    }

    @Test
    void batchedIngestionNeedsFewerInstancesThanApiCalls() {
        assertThat(Decide.architecture(Shapes.telemetry()).deployment())
                .isEqualTo(new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 2, 6)), 2, 1));
        assertThat(Decide.decision(Shapes.telemetry(), "availability-scaling").rationale())
                .contains("one instance serves 120 req/s at the target utilization (1,200 req/s of batched"
                        + " ingestion, of which the peak has 3,000), so 3 instances carry the peak");
    }

    @Test
    void theReplicasFollowThePeak() {
        assertThat(Decide.architecture(Shapes.marketplace()).deployment())
                .isEqualTo(new Deployment(Platform.KUBERNETES, List.of(new Replicas("fittrack", 3, 84)), 3, 1));
        assertThat(Decide.decision(Shapes.marketplace(), "availability-scaling").choice())
                .endsWith("PostgreSQL with a synchronous standby in a second zone and 1 read replica");
    }

    @Test
    void eachMicroserviceScalesOnItsOwnTraffic() {
        Requirements services = team(Shapes.chat(), 16, 4);
        assertThat(Decide.architecture(services).deployment())
                .isEqualTo(new Deployment(
                        Platform.KUBERNETES,
                        List.of(
                                new Replicas("accounts", 2, 4),
                                new Replicas("conversations", 3, 18),
                                new Replicas("notifications", 2, 4)),
                        2,
                        1));
        Decision d = Decide.decision(services, "availability-scaling");
        assertThat(d.choice())
                .isEqualTo("accounts 2–4, conversations 3–18, notifications 2–4 replicas across 2 zones in 1 region,"
                        + " autoscaling on CPU at 60 %; PostgreSQL with a synchronous standby in a second zone");
        assertThat(d.rationale())
                .contains("Peak is 1,041.6 req/s on the busiest deployable (conversations)")
                .contains("the minimum of 3 carries the average load, the ceiling of 18 absorbs twice the expected"
                        + " peak. Every other deployable is sized the same way from its own share of the traffic");
        assertThat(Decide.decision(services, "performance").rationale())
                .contains("at the ceilings (accounts 4, conversations 18, notifications 4 replicas) that is 130"
                        + " connections against a budget of 90.");
    }
}
