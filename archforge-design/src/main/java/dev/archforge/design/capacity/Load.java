package dev.archforge.design.capacity;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request load the requirements imply: average and peak requests per second, their read/write
 * split, and the rate of each access pattern. Decisions compare these against thresholds and the
 * capacity plan prints them with their formulas, so both read the same rounded numbers.
 *
 * @param averageRps {@code DAU × actions per user per day ÷ 86,400 s}, plus {@code absoluteRps}
 * @param absoluteRps the sum of the access patterns given per second (devices, jobs, partners): traffic
 *     that comes on top of what daily active users make
 * @param peakFactor peak over average: the stated factor, or {@code peak-rps ÷ average} when a peak
 *     rate is given (two decimals)
 * @param peakGiven true when {@code scale.peak-rps} was stated rather than derived
 * @param readPercent share of requests that read, 0-100
 */
public record Load(
        long dailyActiveUsers,
        double actionsPerUserPerDay,
        double userRps,
        double absoluteRps,
        double averageRps,
        double peakFactor,
        double peakRps,
        boolean peakGiven,
        double readPercent,
        List<PatternLoad> patterns) {
    /** Seconds in a day, the denominator of every per-day rate. */
    public static final int SECONDS_PER_DAY = 86_400;

    public Load {
        patterns = List.copyOf(patterns);
    }

    /** The load of {@code requirements}. */
    public static Load of(Requirements requirements) {
        Scale scale = requirements.scale();
        long dau = scale.dailyActiveUsers();
        double absolute = Numbers.round(requirements.accessPatterns().stream()
                .mapToDouble(AccessPattern::perSecond)
                .sum());
        double users = Numbers.round(dau * scale.actionsPerUserPerDay() / SECONDS_PER_DAY);
        double average = Numbers.round(users + absolute);
        boolean given = scale.peakRps().isPresent();
        double peak;
        double factor;
        if (given) {
            peak = Numbers.round(scale.peakRps().getAsDouble());
            factor = average > 0 ? Numbers.round(peak / average, 2) : scale.peakFactor();
        } else {
            factor = scale.peakFactor();
            peak = Numbers.round(average * factor);
        }
        List<PatternLoad> patterns =
                new ArrayList<>(requirements.accessPatterns().size());
        for (AccessPattern p : requirements.accessPatterns()) {
            double avg = p.perSecond() > 0
                    ? Numbers.round(p.perSecond())
                    : Numbers.round(p.perUserPerDay() * dau / SECONDS_PER_DAY);
            patterns.add(new PatternLoad(p, avg, Numbers.round(avg * factor)));
        }
        return new Load(
                dau,
                scale.actionsPerUserPerDay(),
                users,
                absolute,
                average,
                factor,
                peak,
                given,
                scale.readPercent(),
                patterns);
    }

    public double peakReadRps() {
        return Numbers.round(peakRps * readPercent / 100);
    }

    public double peakWriteRps() {
        return Numbers.round(peakRps * (100 - readPercent) / 100);
    }

    public double averageReadRps() {
        return Numbers.round(averageRps * readPercent / 100);
    }

    public double averageWriteRps() {
        return Numbers.round(averageRps * (100 - readPercent) / 100);
    }

    public Optional<PatternLoad> pattern(String name) {
        return patterns.stream().filter(p -> p.pattern().name().equals(name)).findFirst();
    }

    /** The patterns on one entity, in file order. */
    public List<PatternLoad> on(String entity) {
        return patterns.stream()
                .filter(p -> p.pattern().entity().equals(entity))
                .toList();
    }

    /** Peak requests per second of every pattern on {@code entity}. */
    public double peakRpsOn(String entity) {
        return Numbers.round(
                on(entity).stream().mapToDouble(PatternLoad::peakRps).sum());
    }

    /** Peak writes per second (creates, updates, deletes) on {@code entity}. */
    public double peakWriteRpsOn(String entity) {
        return Numbers.round(on(entity).stream()
                .filter(PatternLoad::isWrite)
                .mapToDouble(PatternLoad::peakRps)
                .sum());
    }

    /** Average requests per second of machine ingestion patterns. */
    public double ingestAverageRps() {
        return Numbers.round(patterns.stream()
                .filter(PatternLoad::isIngest)
                .mapToDouble(PatternLoad::averageRps)
                .sum());
    }

    /** Peak requests per second of machine ingestion patterns. */
    public double ingestPeakRps() {
        return Numbers.round(patterns.stream()
                .filter(PatternLoad::isIngest)
                .mapToDouble(PatternLoad::peakRps)
                .sum());
    }

    /** Peak requests per second of all access patterns together. */
    public double patternPeakRps() {
        return Numbers.round(patterns.stream().mapToDouble(PatternLoad::peakRps).sum());
    }
}
