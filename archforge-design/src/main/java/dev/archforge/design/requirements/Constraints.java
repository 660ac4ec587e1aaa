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
        int rtoMinutes) {
    public Constraints {
        compliance = List.copyOf(compliance);
        regions = List.copyOf(regions);
    }

    public boolean requires(String regime) {
        return compliance.contains(regime);
    }
}
