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
        Answers a = Answers.of(top, "scale", Keys.SCALE, assumed);
        Section s = a.section();
        Optional<Long> registered = s.whole("registered-users", 1, MAX_USERS);
        Optional<Long> active = s.whole("daily-active-users", 1, MAX_USERS);
        a.assumeUnlessGiven("registered-users");
        a.assumeUnlessGiven("daily-active-users");
        if (registered.isPresent() && active.isPresent() && active.get() > registered.get()) {
            s.report(
                    s.get("daily-active-users").orElseThrow().location(),
                    "'daily-active-users' (" + active.get() + ") in scale exceeds 'registered-users' ("
                            + registered.get() + "), expected at most as many daily actives as registered users");
        }
        long users =
                registered.orElseGet(() -> active.map(d -> d * ACTIVE_SHARE).orElse(REGISTERED));
        long daily = active.orElse(Math.max(1, users / ACTIVE_SHARE));
        OptionalDouble peakRps = s.positive("peak-rps", BigDecimal.valueOf(1_000_000_000))
                .map(n -> OptionalDouble.of(n.doubleValue()))
                .orElse(OptionalDouble.empty());
        double peakFactor = PEAK_FACTOR;
        if (a.given("peak-factor") && a.given("peak-rps")) {
            s.report(
                    s.get("peak-rps").orElseThrow().keyLocation(),
                    "scale gives both 'peak-factor' and 'peak-rps', expected one of them");
        } else if (!a.given("peak-rps")) {
            peakFactor = a.number("peak-factor", 1, 1000, PEAK_FACTOR);
        }
        return new Scale(
                users,
                daily,
                a.positive("actions-per-user-per-day", 1_000_000, ACTIONS),
                peakFactor,
                peakRps,
                a.number("read-percent", 0, 100, READ_PERCENT),
                a.positive("payload-kb", 1_000_000, PAYLOAD_KB),
                a.number("monthly-growth-percent", 0, 1000, GROWTH),
                (int) a.whole("retention-months", 1, 1200, RETENTION),
                optionalWhole(s, "concurrent-connections"),
                s.positive("requests-per-day", BigDecimal.valueOf(1e15))
                        .map(n -> OptionalDouble.of(n.doubleValue()))
                        .orElse(OptionalDouble.empty()),
                optionalWhole(s, "tenants"));
    }

    /** A count that is stated or not: never assumed, since no decision needs a guess of it. */
    private static OptionalLong optionalWhole(Section s, String key) {
        return s.whole(key, 1, MAX_USERS).map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
