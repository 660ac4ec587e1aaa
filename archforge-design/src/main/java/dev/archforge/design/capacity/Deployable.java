package dev.archforge.design.capacity;

import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit that is deployed and scaled on its own, with the share of the traffic it serves: the whole
 * system for a monolith, each component for microservices and serverless.
 *
 * @param share of all access-pattern traffic, 0-1; 1 for a single deployable
 * @param ingestAverageRps the part of {@code averageRps} that is machine ingestion (see
 *     {@link PatternLoad#isIngest()}); {@code ingestPeakRps} likewise for the peak
 */
public record Deployable(
        String name, double share, double averageRps, double peakRps, double ingestAverageRps, double ingestPeakRps) {
    /** The deployables of a design, in component order. */
    public static List<Deployable> of(String system, Style style, List<Component> components, Load load) {
        if (!style.separatelyDeployed() || components.isEmpty()) {
            return List.of(new Deployable(
                    system, 1, load.averageRps(), load.peakRps(), load.ingestAverageRps(), load.ingestPeakRps()));
        }
        Map<String, String> owner = new LinkedHashMap<>();
        for (Component c : components) {
            c.entities().forEach(e -> owner.putIfAbsent(e, c.name()));
        }
        Map<String, Double> peaks = new LinkedHashMap<>();
        Map<String, Double> ingestAverage = new LinkedHashMap<>();
        Map<String, Double> ingestPeak = new LinkedHashMap<>();
        for (PatternLoad p : load.patterns()) {
            String component = owner.get(p.pattern().entity());
            if (component != null) {
                peaks.merge(component, p.peakRps(), Double::sum);
                if (p.isIngest()) {
                    ingestAverage.merge(component, p.averageRps(), Double::sum);
                    ingestPeak.merge(component, p.peakRps(), Double::sum);
                }
            }
        }
        double total = peaks.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Deployable> out = new ArrayList<>(components.size());
        for (Component c : components) {
            double share = total > 0
                    ? Numbers.round(peaks.getOrDefault(c.name(), 0.0) / total, 2)
                    : Numbers.round(1.0 / components.size(), 2);
            double averageIngest = Numbers.round(ingestAverage.getOrDefault(c.name(), 0.0));
            double peakIngest = Numbers.round(ingestPeak.getOrDefault(c.name(), 0.0));
            out.add(new Deployable(
                    c.name(),
                    share,
                    Math.max(averageIngest, Numbers.round(load.averageRps() * share)),
                    Math.max(peakIngest, Numbers.round(load.peakRps() * share)),
                    averageIngest,
                    peakIngest));
        }
        return List.copyOf(out);
    }

    /** Peak API traffic other than ingestion. */
    public double interactivePeakRps() {
        return Numbers.round(peakRps - ingestPeakRps);
    }

    /** The deployable with the highest peak, first in order on a tie. */
    public static Deployable busiest(List<Deployable> deployables) {
        Deployable best = deployables.get(0);
        for (Deployable d : deployables) {
            if (d.peakRps() > best.peakRps()) {
                best = d;
            }
        }
        return best;
    }
}
