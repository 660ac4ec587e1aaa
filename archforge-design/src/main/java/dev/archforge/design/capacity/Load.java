package dev.archforge.design.capacity;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workload the requirements imply: average and peak requests per second, their read/write split,
 * and the rate of each access pattern. Two shapes of traffic are kept apart:
 *
 * <ul>
 *   <li><b>user traffic</b>: daily active users × actions (or the stated requests per day), which
 *       follows the day (its peak is the average × the peak factor) and splits into reads and writes
 *       by {@code scale.read-percent};
 *   <li><b>streams</b>: access patterns given as absolute or per-actor rates (devices, pings, partner
 *       feeds). Each is exactly its operation (a write stream adds no reads), and a steady stream's
 *       peak is its average.
 * </ul>
 *
 * Decisions compare these against thresholds and the capacity plan prints them with their formulas, so
 * both read the same rounded numbers.
 *
 * @param averageRps user traffic plus the streams, at average
 * @param absoluteRps the streams together, at average
 * @param peakFactor the peak over the average of user traffic: the stated factor, or the stated peak
 *     rate over the average (two decimals)
 * @param peakGiven true when {@code scale.peak-rps} was stated rather than derived
 * @param averageFromPeak true when the average was derived from a stated peak because neither users
 *     nor requests per day were stated
 * @param userPeakRps user traffic at its peak
 * @param streamPeakRps the streams at their peaks (steady ones at their average)
 * @param readPercent share of user traffic that reads, 0-100
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
        List<PatternLoad> patterns,
        boolean averageFromPeak,
        double userPeakRps,
        double streamPeakRps,
        double streamPeakReadRps) {
    /** Seconds in a day, the denominator of every per-day rate. */
    public static final int SECONDS_PER_DAY = 86_400;

    /** The peak factor taken when only a peak is known: a busy hour about three times the day's mean. */
    static final double ASSUMED_PEAK_FACTOR = 3;

    /**
     * The largest peak over average that human traffic plausibly has outside a planned event (a flash
     * sale, a broadcast); beyond it the stated numbers are warned about, and still used as stated.
     */
    public static final double PLAUSIBLE_PEAK_FACTOR = 20;

    public Load {
        patterns = List.copyOf(patterns);
    }

    /** The load of {@code requirements}. */
    public static Load of(Requirements requirements) {
        Scale scale = requirements.scale();
        long dau = scale.dailyActiveUsers();
        double diurnalFactor = scale.peakFactor();
        double streamsAverage = 0;
        double streamsPeak = 0;
        double streamsPeakReads = 0;
        double steadyPeak = 0;
        for (AccessPattern p : requirements.accessPatterns()) {
            if (p.perSecond() > 0) {
                double peak = p.steady() ? p.perSecond() : p.perSecond() * diurnalFactor;
                if (p.steady()) {
                    steadyPeak += p.perSecond();
                }
                streamsAverage += p.perSecond();
                streamsPeak += peak;
                if (!p.operation().isWrite()) {
                    streamsPeakReads += peak;
                }
            }
        }
        streamsAverage = Numbers.round(streamsAverage);
        streamsPeak = Numbers.round(streamsPeak);
        double users = scale.requestsPerDay().isPresent()
                ? Numbers.round(scale.requestsPerDay().getAsDouble() / SECONDS_PER_DAY)
                : Numbers.round(dau * scale.actionsPerUserPerDay() / SECONDS_PER_DAY);
        boolean given = scale.peakRps().isPresent();
        boolean fromPeak = given
                && scale.requestsPerDay().isEmpty()
                && requirements.assumptions().contains(RequirementKey.DAILY_ACTIVE_USERS.path())
                && requirements.assumptions().contains(RequirementKey.ACTIONS_PER_USER.path());
        double userPeak;
        double peak;
        double factor;
        if (given) {
            peak = Numbers.round(scale.peakRps().getAsDouble());
            double rest = Math.max(0, peak - streamsPeak);
            if (fromPeak) {
                users = Numbers.round(rest / ASSUMED_PEAK_FACTOR);
                userPeak = Numbers.round(rest);
            } else if (steadyPeak >= peak / 2) {
                // Steady streams make most of the stated peak: users take at most a plausible peak, and
                // what neither explains is kept as headroom (sized for, warned about).
                userPeak = Numbers.round(Math.min(rest, users * PLAUSIBLE_PEAK_FACTOR));
            } else {
                // Without steady streams that make the peak, only people can: it is theirs, however sharp.
                userPeak = Numbers.round(rest);
            }
            factor = users > 0 ? Numbers.round(userPeak / users, 2) : diurnalFactor;
        } else {
            factor = diurnalFactor;
            userPeak = Numbers.round(users * factor);
            peak = Numbers.round(userPeak + streamsPeak);
        }
        double average = Numbers.round(users + streamsAverage);
        double perUserFactor = users > 0 ? userPeak / users : factor;
        double userShare = scale.requestsPerDay().isEmpty() && !fromPeak ? 1 : usersShare(users, dau, scale);
        List<PatternLoad> patterns =
                new ArrayList<>(requirements.accessPatterns().size());
        for (AccessPattern p : requirements.accessPatterns()) {
            double avg;
            double pk;
            if (p.perSecond() > 0) {
                avg = Numbers.round(p.perSecond());
                pk = Numbers.round(p.steady() ? p.perSecond() : p.perSecond() * diurnalFactor);
            } else {
                avg = Numbers.round(p.perUserPerDay() * dau * userShare / SECONDS_PER_DAY);
                pk = Numbers.round(avg * perUserFactor);
            }
            patterns.add(new PatternLoad(p, avg, pk));
        }
        return new Load(
                dau,
                scale.actionsPerUserPerDay(),
                users,
                streamsAverage,
                average,
                factor,
                peak,
                given,
                scale.readPercent(),
                patterns,
                fromPeak,
                userPeak,
                streamsPeak,
                Numbers.round(streamsPeakReads));
    }

    /**
     * When user traffic comes from requests per day or a stated peak rather than from users × actions,
     * per-user patterns scale by the ratio of that traffic to what the users' actions would make.
     */
    private static double usersShare(double users, long dau, Scale scale) {
        double fromActions = dau * scale.actionsPerUserPerDay() / SECONDS_PER_DAY;
        return fromActions > 0 ? users / fromActions : 1;
    }

    /** Peak reads: the read share of user traffic plus the streams that read. */
    public double peakReadRps() {
        return Numbers.round(userPeakRps * readPercent / 100 + streamPeakReadRps);
    }

    /** Peak writes: the write share of user traffic plus the streams that write. */
    public double peakWriteRps() {
        return Numbers.round(userPeakRps * (100 - readPercent) / 100 + streamPeakRps - streamPeakReadRps);
    }

    public double averageReadRps() {
        return Numbers.round(userRps * readPercent / 100 + streamAverage(false));
    }

    public double averageWriteRps() {
        return Numbers.round(userRps * (100 - readPercent) / 100 + streamAverage(true));
    }

    private double streamAverage(boolean writes) {
        double sum = 0;
        for (PatternLoad p : patterns) {
            if (p.pattern().perSecond() > 0 && p.isWrite() == writes) {
                sum += p.averageRps();
            }
        }
        return sum;
    }

    public Optional<PatternLoad> pattern(String name) {
        return patterns.stream().filter(p -> p.pattern().name().equals(name)).findFirst();
    }

    /** The patterns one actor performs, in file order. */
    public List<PatternLoad> by(String actor) {
        return patterns.stream().filter(p -> p.pattern().actor().equals(actor)).toList();
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

    /** Peak requests per second of the access patterns doing {@code operation}. */
    public double peakRpsOf(AccessPattern.Operation operation) {
        return Numbers.round(patterns.stream()
                .filter(p -> p.pattern().operation() == operation)
                .mapToDouble(PatternLoad::peakRps)
                .sum());
    }

    /** Peak requests per second of all access patterns together. */
    public double patternPeakRps() {
        return Numbers.round(patterns.stream().mapToDouble(PatternLoad::peakRps).sum());
    }

    /**
     * The part of a stated peak that neither the streams nor user traffic at a plausible peak factor
     * explain: sized for, since the peak is stated, and warned about, since nothing in the file makes it.
     */
    public double unexplainedPeakRps() {
        return peakGiven ? Numbers.round(Math.max(0, peakRps - userPeakRps - streamPeakRps)) : 0;
    }

    /** True when some stream runs at a steady rate (devices, pings). */
    public boolean hasSteadyStreams() {
        return patterns.stream()
                .anyMatch(p -> p.pattern().perSecond() > 0 && p.pattern().steady());
    }
}
