package dev.archforge.design.cost;

import dev.archforge.design.capacity.Sizing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cheapest credible way to run the same design: the chosen footprint, on a PaaS, without its read
 * replicas, or both, whichever costs least in a typical month. Each keeps the replicas, zones and
 * standbys the targets need; dropping the read replicas is credible only while the primary serves
 * the average reads. What an option gives up is in its {@link Change}s, and the chosen footprint is
 * one of the candidates, so the cheapest option never costs more than the design.
 */
public record CheapestOption(Footprint footprint, Estimate estimate, List<Change> changes) {
    public CheapestOption {
        changes = List.copyOf(changes);
    }

    /** A difference from the chosen design. */
    public enum Change {
        /** Instances on a PaaS's entry tier, without a Kubernetes control plane or load balancer. */
        ON_PAAS,
        /** Every read on the primary. */
        WITHOUT_READ_REPLICAS
    }

    /** The cheapest candidate; on a tie the one with fewer changes. */
    public static CheapestOption of(Footprint chosen, Prices prices) {
        List<CheapestOption> candidates = new ArrayList<>();
        candidates.add(option(chosen, prices, List.of()));
        if (!chosen.managed()) {
            candidates.add(option(chosen.onPaas(), prices, List.of(Change.ON_PAAS)));
        }
        if (chosen.readReplicas() > 0 && primaryServesAverageReads(chosen)) {
            candidates.add(option(chosen.withoutReadReplicas(), prices, List.of(Change.WITHOUT_READ_REPLICAS)));
            if (!chosen.managed()) {
                candidates.add(option(
                        chosen.onPaas().withoutReadReplicas(),
                        prices,
                        List.of(Change.ON_PAAS, Change.WITHOUT_READ_REPLICAS)));
            }
        }
        return candidates.stream()
                .min(Comparator.comparingLong((CheapestOption o) -> o.estimate().typical())
                        .thenComparingInt(o -> o.changes().size()))
                .orElseThrow();
    }

    /** The average reads fit on one node: at peak they queue, but the system stays usable. */
    public static boolean primaryServesAverageReads(Footprint f) {
        return f.peakReadRps() * f.averageShare() <= Sizing.DB_READ_RPS_PER_NODE;
    }

    private static CheapestOption option(Footprint f, Prices prices, List<Change> changes) {
        return new CheapestOption(f, CostModel.estimate(f, prices), changes);
    }
}
