package dev.archforge.design.requirements;

import java.util.List;
import java.util.OptionalInt;

/**
 * Limits the design must respect.
 *
 * @param budgetPerMonth infrastructure budget in US dollars; empty when not stated
 * @param hosting {@code cloud} or {@code on-premises}
 * @param cloud {@code aws}, {@code gcp}, {@code azure} or {@code any}
 * @param compliance lower-case regimes: {@code gdpr}, {@code pci}, {@code hipaa}, {@code soc2}
 * @param availability target in percent, e.g. 99.9
 * @param rpoMinutes data loss tolerated; {@code rtoMinutes} downtime tolerated in a disaster
 * @param qualities quality demands: {@code no-data-loss}, {@code no-duplicates}, {@code strong-consistency},
 *     {@code low-latency}, {@code offline}
 * @param deadlineWeeks weeks to the first release, when stated
 */
public record Constraints(
        OptionalInt budgetPerMonth,
        String hosting,
        String cloud,
        List<String> compliance,
        double availability,
        int latencyP99Ms,
        List<String> regions,
        String dataResidency,
        int rpoMinutes,
        int rtoMinutes,
        List<String> qualities,
        OptionalInt deadlineWeeks) {
    /** The quality demands, in documented order. */
    public static final List<String> QUALITIES =
            List.of("no-data-loss", "no-duplicates", "strong-consistency", "low-latency", "offline");

    public Constraints {
        compliance = List.copyOf(compliance);
        regions = List.copyOf(regions);
        qualities = List.copyOf(qualities);
    }

    /** Constraints of the first format: no quality demands or deadline stated. */
    public Constraints(
            OptionalInt budgetPerMonth,
            String hosting,
            String cloud,
            List<String> compliance,
            double availability,
            int latencyP99Ms,
            List<String> regions,
            String dataResidency,
            int rpoMinutes,
            int rtoMinutes) {
        this(
                budgetPerMonth,
                hosting,
                cloud,
                compliance,
                availability,
                latencyP99Ms,
                regions,
                dataResidency,
                rpoMinutes,
                rtoMinutes,
                List.of(),
                OptionalInt.empty());
    }

    /** True when the brief or file demands {@code quality} ({@code no-data-loss}). */
    public boolean demands(String quality) {
        return qualities.contains(quality);
    }

    public boolean requires(String regime) {
        return compliance.contains(regime);
    }
}
