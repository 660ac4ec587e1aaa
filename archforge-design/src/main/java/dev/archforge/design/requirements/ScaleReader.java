package dev.archforge.design.requirements;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code scale}. Defaults: {@value #REGISTERED} registered users (or five times the daily
 * actives when those are given), a fifth of them active daily, {@value #ACTIONS} actions per user per
 * day, peak factor {@value #PEAK_FACTOR}, {@value #READ_PERCENT} % reads, {@value #PAYLOAD_KB} kB
 * payloads, {@value #GROWTH} % monthly growth, {@value #RETENTION} months retention.
 */
final class ScaleReader {
    static final long REGISTERED = 10_000;
    static final long ACTIVE_SHARE = 5;
    static final double ACTIONS = 20;
    static final double PEAK_FACTOR = 3;
    static final double READ_PERCENT = 80;
    static final double PAYLOAD_KB = 2;
    static final double GROWTH = 2;
    static final long RETENTION = 24;
    private static final long MAX_USERS = 100_000_000_000L;

    private ScaleReader() {}

    static Scale read(Section top, Set<String> assumed) {
        Answers a = Answers.of(top, RequirementKey.SCALE, assumed);
        Section s = a.section();
        Optional<Long> registered = s.whole(RequirementKey.REGISTERED_USERS, 1, MAX_USERS);
        Optional<Long> active = s.whole(RequirementKey.DAILY_ACTIVE_USERS, 1, MAX_USERS);
        a.assumeUnlessGiven(RequirementKey.REGISTERED_USERS);
        a.assumeUnlessGiven(RequirementKey.DAILY_ACTIVE_USERS);
        if (registered.isPresent() && active.isPresent() && active.get() > registered.get()) {
            s.report(
                    s.get(RequirementKey.DAILY_ACTIVE_USERS).orElseThrow().location(),
                    "'daily-active-users' (" + active.get() + ") in scale exceeds 'registered-users' ("
                            + registered.get() + "), expected at most as many daily actives as registered users");
        }
        long users =
                registered.orElseGet(() -> active.map(d -> d * ACTIVE_SHARE).orElse(REGISTERED));
        long daily = active.orElse(Math.max(1, users / ACTIVE_SHARE));
        OptionalDouble peakRps = s.positive(RequirementKey.PEAK_RPS, BigDecimal.valueOf(1_000_000_000))
                .map(n -> OptionalDouble.of(n.doubleValue()))
                .orElse(OptionalDouble.empty());
        double peakFactor = PEAK_FACTOR;
        if (a.given(RequirementKey.PEAK_FACTOR) && a.given(RequirementKey.PEAK_RPS)) {
            s.report(
                    s.get(RequirementKey.PEAK_RPS).orElseThrow().keyLocation(),
                    "scale gives both 'peak-factor' and 'peak-rps', expected one of them");
        } else if (!a.given(RequirementKey.PEAK_RPS)) {
            peakFactor = a.number(RequirementKey.PEAK_FACTOR, 1, 1000, PEAK_FACTOR);
        }
        return new Scale(
                users,
                daily,
                a.positive(RequirementKey.ACTIONS_PER_USER, 1_000_000, ACTIONS),
                peakFactor,
                peakRps,
                a.number(RequirementKey.READ_PERCENT, 0, 100, READ_PERCENT),
                a.positive(RequirementKey.PAYLOAD_KB, 1_000_000, PAYLOAD_KB),
                a.number(RequirementKey.MONTHLY_GROWTH, 0, 1000, GROWTH),
                (int) a.whole(RequirementKey.RETENTION_MONTHS, 1, 1200, RETENTION),
                optionalWhole(s, RequirementKey.CONCURRENT_CONNECTIONS),
                s.positive(RequirementKey.REQUESTS_PER_DAY, BigDecimal.valueOf(1e15))
                        .map(n -> OptionalDouble.of(n.doubleValue()))
                        .orElse(OptionalDouble.empty()),
                optionalWhole(s, RequirementKey.TENANTS));
    }

    /** A count that is stated or not: never assumed, since no decision needs a guess of it. */
    private static OptionalLong optionalWhole(Section s, RequirementKey key) {
        return s.whole(key, 1, MAX_USERS).map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
