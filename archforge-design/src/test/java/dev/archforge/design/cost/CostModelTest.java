package dev.archforge.design.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Store;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static final Prices PRICES = Prices.standard();

    private static List<String> lines(Estimate e) {
        return e.lines().stream()
                .map(l -> l.what() + " | " + l.basis() + " | " + l.typicalUsd() + " | " + l.peakUsd())
                .toList();
    }

    @Test
    void pricesEveryComponentTypicalAndAtPeak() {
        Estimate e = CostModel.estimate(Footprints.small(), PRICES);
        assertThat(lines(e))
                .containsExactly(
                        "Instances of accounts | 2–4 replicas × 1 region | 120 | 240",
                        "Instances of orders | 3–6 replicas × 1 region | 180 | 360",
                        "PostgreSQL primary | 1 node × 1 region | 150 | 150",
                        "PostgreSQL standbys | 1 standby × 1 region | 150 | 150",
                        "PostgreSQL read replicas | 1 read replica × 1 region | 150 | 150",
                        "PostgreSQL disk | 100 GB provisioned at the end of retention × 3 nodes × 1 region | 35 | 35",
                        "Backups | 60 GB of data × 2 copies (one in a second region) | 11 | 11",
                        "PgBouncer | 2 instances, one per zone × 1 region | 30 | 30",
                        "Redis | 1 node × 1 region | 50 | 50",
                        "RabbitMQ | 1 broker × 1 region | 100 | 100",
                        "Load balancer | 1 load balancer × 1 region | 25 | 25",
                        "Internet egress | 500 GB in an average month; at peak 10 Mbit/s × 2,592,000 s ÷ 8,000"
                                + " = 3,240 GB | 45 | 292",
                        "Observability | 5–10 application instances × 1 region | 100 | 200");
        assertThat(e.typical()).isEqualTo(1146);
        assertThat(e.peak()).isEqualTo(1793);
    }

    @Test
    void paasSplitsInstancesOnlyWhenThePeakNeedsTheirVcpus() {
        Footprint small = Footprints.small().onPaas();
        assertThat(lines(CostModel.estimate(small, PRICES)).get(0))
                .isEqualTo("Instances of accounts | 2–4 replicas × 1 region, each on 1 vCPU: the peak of 300 req/s"
                        + " fits in the minimum replicas' 300 req/s | 50 | 100");
        Footprint busy =
                Footprints.with(small, Platform.PAAS, 1, Broker.SQS, 2, List.of(Store.POSTGRESQL, Store.OPENSEARCH));
        busy = Footprints.peakRps(busy, 301);
        assertThat(lines(CostModel.estimate(busy, PRICES)))
                .contains(
                        "Instances of accounts | 2–4 replicas × 2 regions × 2 instances of 1 vCPU for the 2 vCPU"
                                + " planned | 200 | 400",
                        "PostgreSQL primary | 1 node × 2 regions | 300 | 300",
                        "OpenSearch | 1 domain × 2 regions | 500 | 500",
                        "Amazon SQS and SNS | 5 events/s at peak × 2,592,000 s; an average month at 25 % of the"
                                + " peak rate | 4 | 16")
                .noneMatch(l -> l.startsWith("Load balancer") || l.startsWith("Kubernetes"));
    }

    @Test
    void cheapestOptionIsNeverMoreExpensiveThanTheChosenDesign() {
        int checked = 0;
        for (Platform platform : Platform.values()) {
            for (Broker broker : Broker.values()) {
                for (int replicas = 0; replicas <= 3; replicas += 3) {
                    for (int regions = 1; regions <= 2; regions++) {
                        Footprint f = Footprints.with(
                                Footprints.small(),
                                platform,
                                replicas,
                                broker,
                                regions,
                                List.of(Store.POSTGRESQL, Store.REDIS, Store.OPENSEARCH, Store.OBJECT_STORAGE));
                        Estimate chosen = CostModel.estimate(f, PRICES);
                        CheapestOption cheapest = CheapestOption.of(f, PRICES);
                        assertThat(cheapest.estimate().typical())
                                .as("%s %s %d replicas %d regions", platform, broker, replicas, regions)
                                .isLessThanOrEqualTo(chosen.typical());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(64);
    }

    @Test
    void cheapestOptionDropsReplicasAndMovesToPaasWhenThatCostsLess() {
        CheapestOption cheapest = CheapestOption.of(Footprints.small(), PRICES);
        assertThat(cheapest.changes())
                .containsExactly(CheapestOption.Change.ON_PAAS, CheapestOption.Change.WITHOUT_READ_REPLICAS);
        assertThat(cheapest.estimate().typical()).isEqualTo(584);
        CheapestOption none = CheapestOption.of(Footprints.small().onPaas().withoutReadReplicas(), PRICES);
        assertThat(none.changes()).isEmpty();
    }
}
