package dev.archforge.design.init;

import static dev.archforge.design.init.Marked.N;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The limits a brief sets in numbers: budget ("8k USD a month", "no budget"), deadline ("in 6 weeks",
 * "by March"), latency ("under 100 ms p99"), availability ("99.95%", "five nines"), recovery objectives
 * and the number of regions.
 */
final class LimitReader {
    private static final String MONEY = "(?:[$€£] ?|(?:usd|eur|gbp|us\\$) ?)";
    private static final String CURRENCY = "(?: ?(?:usd|eur|euros?|dollars|gbp|pounds))?";
    private static final String PER = " ?(?:/|per|a|an|each) ?(month|mo|year|yr|annum)\\b";
    private static final Pattern PRICED = Pattern.compile(
            MONEY + N + CURRENCY + PER + "|" + N + " ?(?:usd|eur|euros?" + "|dollars|gbp|pounds)" + PER);
    private static final Pattern BUDGET = Pattern.compile("budget(?: [a-z]+){0,3}? (?:of |is |around |about |under"
            + " |below |:)?(?:roughly |around |about |~)?" + MONEY + "?" + N + CURRENCY + "(?:" + PER + ")?"
            + "|" + MONEY + N + CURRENCY + " (?:monthly )?budget");
    private static final Pattern NO_BUDGET = Pattern.compile("\\b(?:no budget|zero budget|budget (?:is |of )?(?:zero"
            + "|nil|none|nothing|\\$ ?0\\b)|[$€£] ?0(?![0-9.,])(?: budget| a month| per month|/mo)?|free[- ]tiers?"
            + "|no money|(?:run|host(?:ed)?|stay) (?:it )?for free|costs? nothing)\\b");
    private static final Pattern WEEKS =
            Pattern.compile("(?:in|within|by|deadline of|launch in|ship in|live in|ready in"
                    + "|mvp in|have|got|next|over the next|about) (?:the next |about |roughly )?" + N
                    + " (week|month)s?\\b"
                    + "|" + N + "[- ](week|month)s? (?:deadline|timeline|runway|schedule)");
    private static final Pattern DATE = Pattern.compile("\\b(?:by|before|until|launch in|ship in|live in|ready in|due)"
            + " (?:the )?(?:end of )?(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|q[1-4]|summer|spring|autumn|fall|winter|christmas|year[- ]end|next (?:month|quarter|year)"
            + "|the (?:year|quarter|month))\\b");
    private static final Pattern LATENCY = Pattern.compile("(?:(p\\d\\d|latency|response times?|respond|responses?"
            + "|page loads?)(?: [a-z0-9]+){0,4}? (?:under|below|within|less than|<|of|at most|max|in)? ?" + N
            + " ?(ms|milliseconds|s|sec|secs|seconds)\\b|(?:under|below|within|less than|<) ?" + N
            + " ?(ms|milliseconds)\\b)((?: at)? p\\d\\d)?");
    private static final Pattern PERCENT = Pattern.compile(N + " ?%");
    private static final Pattern NINES = Pattern.compile(N + " nines\\b");
    private static final Pattern UPTIME = Pattern.compile("uptime|availab|sla\\b|slo\\b|up ");
    private static final Pattern RPO =
            Pattern.compile("\\brpo (?:of |: ?|= ?|under |below )?" + N + " ?(min|h)(?:utes?|s|ours?|rs?)?\\b");
    private static final Pattern RTO =
            Pattern.compile("\\brto (?:of |: ?|= ?|under |below )?" + N + " ?(min|h)(?:utes?|s|ours?|rs?)?\\b");
    /** Words in front of a budget that bound it: "under $20 a month". */
    private static final Pattern BOUND = Pattern.compile(
            "(?:under|below|less than|at most|up to|max(?:imum)?|about|around|roughly|approximately|~) ?$");

    private static final Pattern REGIONS = Pattern.compile(N + " (?:[a-z-]+ )?(?:regions|data ?cent(?:er|re)s)\\b");
    private static final Pattern MULTI_REGION = Pattern.compile("\\bmulti[- ]region\\b|\\bmultiple regions\\b");

    private static final String ZERO =
            "a budget of 0 leaves only free tiers: the design shows what the smallest paid setup would cost";

    private LimitReader() {}

    static void read(Scan scan) {
        budget(scan);
        scan.first(WEEKS).ifPresent(m -> {
            boolean first = m.group(1) != null;
            double n = scan.value(m, first ? 1 : 3);
            String unit = m.group(first ? 2 : 4);
            int weeks = (int) Math.ceil(unit.equals("month") ? n * 52 / 12 - 1e-9 : n);
            scan.add(new Claim.Stated(
                    Setting.DEADLINE_WEEKS, Math.max(1, Math.min(520, weeks)), scan.source(m), m.start()));
        });
        scan.first(DATE)
                .ifPresent(m -> scan.add(new Claim.Unmapped(
                        m.group(),
                        scan.source(m),
                        "a date, not a number of weeks: give constraints.deadline-weeks",
                        m.start())));
        scan.first(LATENCY).ifPresent(m -> latency(scan, m));
        availability(scan);
        scan.first(RPO).ifPresent(m -> minutes(scan, m, Setting.RPO_MINUTES));
        scan.first(RTO).ifPresent(m -> minutes(scan, m, Setting.RTO_MINUTES));
        scan.first(REGIONS)
                .ifPresent(m -> scan.add(new Claim.Stated(
                        Setting.REGIONS,
                        new RegionCount((int) Math.max(1, scan.value(m, 1))),
                        scan.source(m),
                        m.start())));
        scan.first(MULTI_REGION)
                .ifPresent(m ->
                        scan.add(new Claim.Stated(Setting.REGIONS, new RegionCount(2), scan.source(m), m.start())));
    }

    /** Regions asked for by number, named once the cloud is known. */
    record RegionCount(int count) {}

    private static void budget(Scan scan) {
        Optional<MatchResult> none = scan.first(NO_BUDGET);
        if (none.isPresent()) {
            scan.add(new Claim.Stated(
                    Setting.BUDGET_PER_MONTH,
                    0,
                    scan.source(none.get()),
                    none.get().start(),
                    Optional.of(ZERO)));
            return;
        }
        Optional<MatchResult> m = scan.first(PRICED);
        if (m.isEmpty()) {
            m = scan.first(BUDGET);
        }
        if (m.isEmpty()) {
            return;
        }
        MatchResult b = m.get();
        int group = 1;
        while (b.group(group) == null) {
            group += 2;
        }
        double value = scan.value(b, group);
        String per = group + 1 <= b.groupCount() ? b.group(group + 1) : null;
        if (per != null && (per.startsWith("y") || per.equals("annum"))) {
            value /= 12;
        }
        int budget = (int) Math.round(value);
        java.util.regex.Matcher bound = BOUND.matcher(scan.text().substring(Math.max(0, b.start() - 20), b.start()));
        int from = bound.find() ? Math.max(0, b.start() - 20) + bound.start() : b.start();
        scan.add(new Claim.Stated(
                Setting.BUDGET_PER_MONTH,
                budget,
                scan.marked().source(from, b.end()),
                b.start(),
                budget == 0 ? Optional.of(ZERO) : Optional.empty()));
    }

    private static void latency(Scan scan, MatchResult m) {
        boolean first = m.group(2) != null;
        double n = scan.value(m, first ? 2 : 4);
        String unit = m.group(first ? 3 : 5);
        if (!unit.startsWith("m")) {
            n *= 1000;
        }
        scan.add(new Claim.Stated(Setting.LATENCY_P99_MS, (int) Math.max(1, Math.round(n)), scan.source(m), m.start()));
    }

    private static void availability(Scan scan) {
        Optional<MatchResult> nines = scan.first(NINES);
        if (nines.isPresent()) {
            int count = (int) Math.max(2, Math.min(6, scan.value(nines.get(), 1)));
            double value = Math.round((100 - 100 / Math.pow(10, count)) * 1e6) / 1e6;
            scan.add(new Claim.Stated(
                    Setting.AVAILABILITY,
                    value,
                    scan.source(nines.get()),
                    nines.get().start()));
            return;
        }
        java.util.regex.Matcher m = PERCENT.matcher(scan.text());
        while (m.find()) {
            double v = scan.value(m, 1);
            String t = scan.text();
            String around = t.substring(Math.max(0, m.start() - 30), Math.min(t.length(), m.end() + 30));
            if (v < 100 && (v >= 99 || (v >= 90 && UPTIME.matcher(around).find())) && scan.free(m.start(), m.end())) {
                scan.take(m.start(), m.end());
                scan.add(new Claim.Stated(Setting.AVAILABILITY, v, availabilitySource(scan, m), m.start()));
                return;
            }
        }
    }

    private static String availabilitySource(Scan scan, MatchResult m) {
        String after = scan.text().substring(m.end());
        java.util.regex.Matcher word =
                Pattern.compile("^ (?:uptime|availability|sla|slo)").matcher(after);
        return scan.marked().source(m.start(), word.find() ? m.end() + word.end() : m.end());
    }

    private static void minutes(Scan scan, MatchResult m, Setting setting) {
        int n = (int) Math.round(scan.value(m, 1));
        scan.add(new Claim.Stated(setting, m.group(2).equals("h") ? n * 60 : n, scan.source(m), m.start()));
    }
}
