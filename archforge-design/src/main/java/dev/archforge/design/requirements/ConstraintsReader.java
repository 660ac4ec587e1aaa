package dev.archforge.design.requirements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code constraints}. Defaults: no budget stated, cloud hosting on any provider, no
 * compliance regime, {@value #AVAILABILITY} % availability, {@value #LATENCY} ms p99, no region or
 * residency stated, RPO {@value #RPO} and RTO {@value #RTO} minutes.
 */
final class ConstraintsReader {
    static final List<String> HOSTING = List.of("cloud", "on-premises");
    static final List<String> CLOUDS = List.of("aws", "gcp", "azure", "any");
    static final List<String> COMPLIANCE = List.of("gdpr", "pci", "hipaa", "soc2");
    static final double AVAILABILITY = 99.9;
    static final long LATENCY = 500;
    static final String NO_RESIDENCY = "none";
    static final long RPO = 60;
    static final long RTO = 240;
    private static final long MINUTES_PER_YEAR = 525_600;

    private ConstraintsReader() {}

    static Constraints read(Section top, Set<String> assumed) {
        Answers a = Answers.of(top, RequirementKey.CONSTRAINTS, assumed);
        Section s = a.section();
        OptionalInt budget = a.given(RequirementKey.BUDGET)
                ? s.whole(RequirementKey.BUDGET, 0, Integer.MAX_VALUE)
                        .map(b -> OptionalInt.of(b.intValue()))
                        .orElse(OptionalInt.empty())
                : assumedEmpty(a);
        String hosting = a.choice(RequirementKey.HOSTING, HOSTING, "cloud");
        String cloud = "any";
        if (hosting.equals("on-premises") && a.given(RequirementKey.CLOUD)) {
            s.report(
                    s.get(RequirementKey.CLOUD).orElseThrow().keyLocation(),
                    "constraints name a 'cloud' but hosting is on-premises, expected no 'cloud' or hosting: cloud");
        } else if (hosting.equals("cloud")) {
            cloud = a.choice(RequirementKey.CLOUD, CLOUDS, "any");
        }
        return new Constraints(
                budget,
                hosting,
                cloud,
                words(a, RequirementKey.COMPLIANCE, Optional.of(COMPLIANCE)),
                availability(a),
                (int) a.whole(RequirementKey.LATENCY, 1, 600_000, LATENCY),
                words(a, RequirementKey.REGIONS, Optional.empty()),
                residency(a),
                (int) a.whole(RequirementKey.RPO, 0, MINUTES_PER_YEAR, RPO),
                (int) a.whole(RequirementKey.RTO, 0, MINUTES_PER_YEAR, RTO),
                qualities(s),
                s.whole(RequirementKey.DEADLINE_WEEKS, 1, 520)
                        .map(w -> OptionalInt.of(w.intValue()))
                        .orElse(OptionalInt.empty()));
    }

    /** Stated quality demands; none is assumed. */
    private static List<String> qualities(Section s) {
        List<String> out = new ArrayList<>();
        for (Text t : s.texts(RequirementKey.QUALITIES).orElse(List.of())) {
            String v = t.value();
            if (!Constraints.QUALITIES.contains(v)) {
                s.report(
                        t.location(),
                        "unknown quality '" + v + "' in constraints" + Suggest.hint(v, Constraints.QUALITIES));
            } else if (out.contains(v)) {
                s.report(t.location(), "'" + v + "' in qualities of constraints is listed twice");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static OptionalInt assumedEmpty(Answers a) {
        a.assumeUnlessGiven(RequirementKey.BUDGET);
        return OptionalInt.empty();
    }

    private static double availability(Answers a) {
        if (!a.assumeUnlessGiven(RequirementKey.AVAILABILITY)) {
            return AVAILABILITY;
        }
        Section s = a.section();
        Optional<BigDecimal> n = s.number(RequirementKey.AVAILABILITY);
        if (n.isPresent() && (n.get().signum() <= 0 || n.get().compareTo(BigDecimal.valueOf(100)) >= 0)) {
            s.report(
                    s.get(RequirementKey.AVAILABILITY).orElseThrow().location(),
                    "'availability' in constraints must be above 0 and below 100 percent, found "
                            + n.get().toPlainString());
            return AVAILABILITY;
        }
        return n.map(BigDecimal::doubleValue).orElse(AVAILABILITY);
    }

    private static String residency(Answers a) {
        if (!a.assumeUnlessGiven(RequirementKey.DATA_RESIDENCY)) {
            return NO_RESIDENCY;
        }
        Section s = a.section();
        Optional<Text> t = s.text(RequirementKey.DATA_RESIDENCY);
        if (t.isPresent() && !Patterns.word(t.get().value())) {
            s.report(
                    t.get().location(),
                    "data-residency '" + t.get().value()
                            + "' is not lower-case, expected a region or jurisdiction such as 'eu', or 'none'");
            return NO_RESIDENCY;
        }
        return t.map(Text::value).orElse(NO_RESIDENCY);
    }

    /** A list of lower-case words, each one of {@code allowed} when given, none twice. */
    private static List<String> words(Answers a, RequirementKey setting, Optional<List<String>> allowed) {
        Section s = a.section();
        String key = setting.key();
        List<String> out = new ArrayList<>();
        for (Text t : a.texts(setting)) {
            String v = t.value();
            if (allowed.isPresent() && !allowed.get().contains(v)) {
                s.report(
                        t.location(),
                        "unknown " + key + " '" + v + "' in constraints" + Suggest.hint(v, allowed.get()));
            } else if (allowed.isEmpty() && !Patterns.word(v)) {
                s.report(
                        t.location(),
                        "'" + v + "' in " + key + " is not lower-case, expected a name such as 'eu-west-1'");
            } else if (out.contains(v)) {
                s.report(t.location(), "'" + v + "' in " + key + " of constraints is listed twice");
            } else {
                out.add(v);
            }
        }
        return out;
    }
}
