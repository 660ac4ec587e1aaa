package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.Profile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills every setting: what the brief stated, else what was answered, else a default from the domain's
 * profile or derived from the other values (registered users from daily users, number of teams from
 * team size, compliance from residency, regions from cloud and residency, RPO/RTO from availability),
 * so a changed answer moves what depends on it.
 */
final class Defaults {
    /** People per team before a second team is assumed. */
    static final int TEAM_OF = 8;

    private final Map<Setting, Object> stated;
    private final Map<Setting, Object> answered;
    private final Map<Setting, Resolved> out = new EnumMap<>(Setting.class);

    private Defaults(Map<Setting, Object> stated, Map<Setting, Object> answered) {
        this.stated = stated;
        this.answered = answered;
    }

    /** Every setting resolved, answers over the brief over defaults. */
    static Map<Setting, Resolved> resolve(Profile profile, Map<Setting, Object> stated, Map<Setting, Object> answered) {
        Defaults d = new Defaults(stated, answered);
        boolean registeredKnown = d.known(Setting.REGISTERED_USERS);
        d.set(
                Setting.DAILY_ACTIVE_USERS,
                registeredKnown
                        ? Math.max(
                                1,
                                Math.round(((Number) d.value(Setting.REGISTERED_USERS)).doubleValue()
                                        * profile.activeShare()))
                        : profile.dailyActiveUsers());
        d.set(Setting.REGISTERED_USERS, roughly(d.number(Setting.DAILY_ACTIVE_USERS) / profile.activeShare()));
        if (d.number(Setting.REGISTERED_USERS) < d.number(Setting.DAILY_ACTIVE_USERS)) {
            // Two stated counts that cannot both be true (fewer accounts than daily users): the daily
            // users are the more specific figure, so the accounts follow from them and the file loads.
            d.out.put(
                    Setting.REGISTERED_USERS,
                    new Resolved(
                            roughly(d.number(Setting.DAILY_ACTIVE_USERS) / profile.activeShare()), Source.ASSUMED));
        }
        d.set(Setting.ACTIONS_PER_USER_PER_DAY, profile.actionsPerUserPerDay());
        d.set(Setting.PEAK_FACTOR, profile.peakFactor());
        d.set(Setting.READ_PERCENT, profile.readPercent());
        d.set(Setting.PAYLOAD_KB, profile.payloadKb());
        d.set(Setting.MONTHLY_GROWTH_PERCENT, profile.monthlyGrowthPercent());
        d.set(Setting.RETENTION_MONTHS, profile.retentionMonths());
        d.set(Setting.TEAM_SIZE, profile.teamSize());
        d.set(Setting.TEAMS, (int) Math.max(1, Math.ceil(d.number(Setting.TEAM_SIZE) / TEAM_OF)));
        d.set(Setting.SKILLS, List.of());
        d.set(Setting.BUDGET_PER_MONTH, profile.budgetPerMonth());
        d.set(Setting.HOSTING, "cloud");
        d.set(Setting.CLOUD, d.text(Setting.HOSTING).equals("cloud") ? "aws" : "any");
        boolean gdprKnown = d.known(Setting.COMPLIANCE) && ((List<?>) d.value(Setting.COMPLIANCE)).contains("gdpr");
        d.set(Setting.DATA_RESIDENCY, gdprKnown ? "eu" : "none");
        d.set(Setting.COMPLIANCE, d.text(Setting.DATA_RESIDENCY).equals("eu") ? List.of("gdpr") : List.of());
        d.gdprInTheEu();
        d.set(Setting.AVAILABILITY, profile.availability());
        d.set(Setting.LATENCY_P99_MS, profile.latencyP99Ms());
        d.regions();
        int[] recovery = recovery(d.number(Setting.AVAILABILITY));
        d.set(Setting.RPO_MINUTES, recovery[0]);
        d.set(Setting.RTO_MINUTES, recovery[1]);
        for (Setting s : Setting.values()) {
            if (s.optional() && s != Setting.REGIONS && d.known(s)) {
                d.set(s, d.value(s));
            }
        }
        d.set(Setting.REALTIME, false);
        d.set(Setting.MULTI_TENANCY, false);
        return d.out;
    }

    /**
     * Stated regimes that leave out GDPR although the data stays in the EU: GDPR is added, as the law
     * applies there whatever else does. An answer is taken as it is.
     */
    private void gdprInTheEu() {
        Resolved compliance = Resolved.of(out, Setting.COMPLIANCE);
        Resolved residency = Resolved.of(out, Setting.DATA_RESIDENCY);
        if (compliance.source() == Source.STATED
                && !residency.assumed()
                && residency.value().equals("eu")) {
            List<String> regimes = new java.util.ArrayList<>();
            for (Object r : (List<?>) compliance.value()) {
                regimes.add(String.valueOf(r));
            }
            if (!regimes.contains("gdpr")) {
                regimes.add(0, "gdpr");
                out.put(Setting.COMPLIANCE, new Resolved(List.copyOf(regimes), Source.STATED));
            }
        }
    }

    /** Regions named by the brief as a count or as jurisdictions are named here, once the cloud is known. */
    private void regions() {
        String hosting = text(Setting.HOSTING);
        String cloud = text(Setting.CLOUD);
        String residency = text(Setting.DATA_RESIDENCY);
        Object wanted = known(Setting.REGIONS) ? value(Setting.REGIONS) : null;
        Source source = answered.containsKey(Setting.REGIONS) ? Source.ANSWERED : Source.STATED;
        if (wanted instanceof LimitReader.RegionCount count) {
            out.put(Setting.REGIONS, new Resolved(Regions.several(hosting, cloud, residency, count.count()), source));
        } else if (wanted instanceof BriefNames.Named named) {
            out.put(Setting.REGIONS, new Resolved(named.regions(), source));
        } else if (wanted instanceof BriefConstraints.Jurisdictions j) {
            out.put(Setting.REGIONS, new Resolved(Regions.each(hosting, cloud, j.codes()), source));
        } else {
            set(Setting.REGIONS, Regions.of(hosting, cloud, residency));
        }
    }

    /** RPO and RTO in minutes that an availability target usually comes with. */
    static int[] recovery(double availability) {
        if (availability >= 99.99) {
            return new int[] {1, 15};
        }
        if (availability >= 99.95) {
            return new int[] {5, 30};
        }
        if (availability >= 99.9) {
            return new int[] {15, 60};
        }
        if (availability >= 99.5) {
            return new int[] {60, 240};
        }
        return new int[] {240, 1440};
    }

    /** {@code n} rounded to two significant digits, so derived counts read as estimates. */
    static long roughly(double n) {
        if (n < 100) {
            return Math.max(1, Math.round(n));
        }
        double unit = Math.pow(10, Math.floor(Math.log10(n)) - 1);
        return Math.round(Math.round(n / unit) * unit);
    }

    private boolean known(Setting s) {
        return answered.containsKey(s) || stated.containsKey(s);
    }

    private void set(Setting s, Object fallback) {
        if (answered.containsKey(s)) {
            out.put(s, new Resolved(answered.get(s), Source.ANSWERED));
        } else if (stated.containsKey(s)) {
            out.put(s, new Resolved(stated.get(s), Source.STATED));
        } else {
            out.put(s, new Resolved(fallback, Source.ASSUMED));
        }
    }

    /** A stated or answered value, before defaults apply: only for a {@link #known} setting. */
    private Object value(Setting s) {
        return answered.containsKey(s) ? answered.get(s) : Objects.requireNonNull(stated.get(s), s.key());
    }

    private double number(Setting s) {
        return ((Number) Resolved.of(out, s).value()).doubleValue();
    }

    private String text(Setting s) {
        return (String) Resolved.of(out, s).value();
    }
}
