package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Quantity;
import java.util.List;

/** Egress at peak and per month from the request rate and the typical response size. */
final class BandwidthSection {
    private static final int SECONDS_PER_MONTH = 30 * Load.SECONDS_PER_DAY;

    private BandwidthSection() {}

    static Section build(PlanInput in) {
        Load load = in.load();
        double kb = in.requirements().scale().payloadKb();
        String payload = Numbers.format(kb) + " KB";
        return new Section(
                "Bandwidth",
                List.of(
                        new Quantity(
                                "bandwidth.peak-egress",
                                "Egress at peak",
                                Numbers.round(load.peakRps() * kb * 8 / 1000),
                                "Mbit/s",
                                Numbers.format(load.peakRps()) + " req/s × " + payload + " × 8 bit ÷ 1,000"),
                        new Quantity(
                                "bandwidth.monthly-egress",
                                "Egress per month",
                                Numbers.round(load.averageRps() * kb * SECONDS_PER_MONTH / 1_000_000),
                                "GB/month",
                                Numbers.format(load.averageRps()) + " req/s × " + payload
                                        + " × 2,592,000 s ÷ 1,000,000")));
    }
}
