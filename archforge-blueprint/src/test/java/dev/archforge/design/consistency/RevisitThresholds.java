package dev.archforge.design.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric limits revisit thresholds name, each tied to today's figure: "when peak reads pass
 * ~500 req/s" is judged against the capacity plan's peak reads, and a limit today's figure has
 * already crossed is a false promise. Limits on what only production measures (pool wait time, hit
 * ratio, 429s) are listed apart with that reason. A number in a revisit text that neither list
 * recognises fails, so a new rule's threshold is judged too.
 */
final class RevisitThresholds {
    /** Which way today's figure must not have gone past the limit. */
    enum Crossed {
        /** "passes", "past": crossed once today's figure is above the limit. */
        ABOVE,
        /** "reaches", "from N": crossed once today's figure is at the limit. */
        AT,
        /** "falls below", "shrinks below": crossed once today's figure is under the limit. */
        UNDER
    }

    /** A limit: its pattern (group 1 is the number), today's figure, and which way is crossed. */
    record Limit(Pattern pattern, ToDoubleFunction<Figures> today, Crossed crossed) {}

    static final List<Limit> LIMITS = List.of(
            limit("users pass ~(\\S+)", Figures::registeredUsers, Crossed.ABOVE),
            limit("past ~(\\S+) independent teams", Figures::teams, Crossed.ABOVE),
            limit("reaches ~(\\S+) entities", Figures::entities, Crossed.AT),
            limit("the team (\\S+) people", Figures::people, Crossed.AT),
            limit("from (\\S+) teams", Figures::teams, Crossed.AT),
            limit("or (\\S+) deployables", Figures::deployables, Crossed.AT),
            limit("shrinks below ~(\\S+) teams", Figures::teams, Crossed.UNDER),
            limit("teams consolidate below (\\S+)", Figures::teams, Crossed.UNDER),
            limit("services (?:consolidate )?below (\\S+)", Figures::deployables, Crossed.UNDER),
            limit("doubles \\(past ~(\\S+) req/s", Figures::busiestPeak, Crossed.ABOVE),
            limit("peak reads pass ~(\\S+) req/s", f -> f.capacity("traffic.peak-read-rps"), Crossed.ABOVE),
            limit("read more than ~(\\S+) times a second", Figures::hottestSharedRead, Crossed.ABOVE),
            limit("availability target reaches (\\S+) %", Figures::availability, Crossed.AT),
            limit("another table passes ~(\\S+) rows", f -> f.largestTable(true), Crossed.ABOVE),
            limit("when a table passes ~(\\S+) rows", f -> f.largestTable(false), Crossed.ABOVE),
            limit(
                    "one table passes ~(\\S+(?: trillion| billion| million)?) rows",
                    f -> f.largestTable(false),
                    Crossed.ABOVE),
            limit("writes pass ~(\\S+) rows/s", f -> f.capacity("traffic.peak-write-rps"), Crossed.ABOVE),
            limit("events pass ~(\\S+) per second", f -> f.capacity("messaging.peak-events"), Crossed.ABOVE),
            limit("past ~(\\S+) or when a consumer", f -> f.capacity("messaging.peak-events"), Crossed.ABOVE),
            limit("falls below ~(\\S+) events/s", f -> f.capacity("messaging.peak-events"), Crossed.UNDER),
            limit("component passes ~(\\S+) entities", Figures::largestComponent, Crossed.ABOVE));

    /** Limits on what only production measures, with why no design figure can judge them. */
    static final Map<Pattern, String> MEASURED_IN_PRODUCTION = Map.of(
            Pattern.compile("more than ~\\S+ calls per screen", Pattern.CASE_INSENSITIVE),
                    "calls per screen depend on clients not yet written",
            Pattern.compile("joins more than ~\\S+ tables", Pattern.CASE_INSENSITIVE),
                    "the joins of a query are written later",
            Pattern.compile("top \\S+ by total time", Pattern.CASE_INSENSITIVE),
                    "pg_stat_statements ranks live queries",
            Pattern.compile("429s exceed ~\\S+ %", Pattern.CASE_INSENSITIVE),
                    "the share of 429s is measured at runtime",
            Pattern.compile("hit ratio stays under ~\\S+ %", Pattern.CASE_INSENSITIVE), "hit ratios are measured",
            Pattern.compile("wait time passes ~\\S+ ms at p99", Pattern.CASE_INSENSITIVE), "pool wait time is measured",
            Pattern.compile("fail more than ~\\S+ in \\S+", Pattern.CASE_INSENSITIVE), "deploy failures are counted",
            Pattern.compile("roll back more than ~\\S+ release in \\S+", Pattern.CASE_INSENSITIVE),
                    "rollbacks are counted");

    /**
     * A limit that states today's figure beside it, as the specialised decisions write them: "when
     * tenants pass 1,000 (today 40)", "reaches 99.99 % (today 99.9 %)", "passes what the ceiling
     * carries (84 × 120 = 10,080 req/s, today 5,000 req/s)", "3 or more teams (today 1)". Group 1 is
     * the verb, 2 the limit when it stands before the bracket, 3 the bracket's text before today, 4
     * today's figure.
     */
    static final Pattern SELF_STATED = Pattern.compile(
            "\\b(pass(?:es)?|reach(?:es)?|or more)\\b (?:[a-z' ]*?)?(~?[\\d.,]+)?[^(;]*?\\(([^()]*?)today ~?([\\d.,]+)[^)]*\\)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OR_MORE =
            Pattern.compile("(~?[\\d.,]+) or more [a-z ]*?\\(today ~?([\\d.,]+)[^)]*\\)");

    /** Names with a version number are not figures: "OAuth 2.0", "TLS 1.3", "OpenAPI 3.1". */
    private static final Pattern VERSIONS = Pattern.compile("\\b(?:OAuth|TLS|OpenAPI|HTTP/?) ?\\d+(?:\\.\\d+)?");

    private RevisitThresholds() {}

    private static Limit limit(String regex, ToDoubleFunction<Figures> today, Crossed crossed) {
        return new Limit(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), today, crossed);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace("~", "").replace(",", "").replaceAll("\\.$", ""));
    }

    private static void selfStated(
            String revisit, double limit, double today, Crossed crossed, Matcher m, List<String> out) {
        boolean past =
                switch (crossed) {
                    case ABOVE -> today > limit;
                    case AT -> today >= limit;
                    case UNDER -> today < limit;
                };
        if (past) {
            out.add("'" + m.group() + "' is already crossed: it states today's figure " + today + " in '" + revisit
                    + "'");
        }
    }

    /** What is wrong with a revisit text: limits already crossed, numbers no entry recognises. */
    static List<String> problems(String revisit, Figures figures) {
        List<String> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder(revisit);
        Matcher version = VERSIONS.matcher(revisit);
        while (version.find()) {
            blank(rest, version.start(), version.end());
        }
        Matcher more = OR_MORE.matcher(revisit);
        while (more.find()) {
            selfStated(revisit, number(more.group(1)), number(more.group(2)), Crossed.AT, more, out);
            blank(rest, more.start(), more.end());
        }
        Matcher self = SELF_STATED.matcher(rest.toString());
        while (self.find()) {
            String limitText = self.group(2);
            if (limitText == null) {
                Matcher inside = Comparisons.NUMBER.matcher(self.group(3));
                while (inside.find()) {
                    limitText = inside.group();
                }
            }
            if (limitText == null) {
                continue;
            }
            Crossed crossed = self.group(1).toLowerCase(Locale.ROOT).startsWith("reach") ? Crossed.AT : Crossed.ABOVE;
            selfStated(revisit, number(limitText), number(self.group(4)), crossed, self, out);
            blank(rest, self.start(), self.end());
        }
        for (Limit l : LIMITS) {
            Matcher m = l.pattern().matcher(revisit);
            while (m.find()) {
                Matcher n = Comparisons.NUMBER.matcher(m.group(1));
                if (!n.find()) {
                    out.add("no number in '" + m.group() + "'");
                    continue;
                }
                double limit = Comparisons.value(n);
                double today = l.today().applyAsDouble(figures);
                boolean crossed =
                        switch (l.crossed()) {
                            case ABOVE -> today > limit;
                            case AT -> today >= limit;
                            case UNDER -> today < limit;
                        };
                if (crossed) {
                    out.add("'" + m.group() + "' is already crossed: today's figure is " + today);
                }
                blank(rest, m.start(), m.end());
            }
        }
        for (Pattern p : MEASURED_IN_PRODUCTION.keySet()) {
            Matcher m = p.matcher(revisit);
            while (m.find()) {
                blank(rest, m.start(), m.end());
            }
        }
        Matcher left = Comparisons.NUMBER.matcher(rest);
        while (left.find()) {
            out.add("the number " + left.group() + " in a revisit threshold is not tied to a figure: '" + revisit
                    + "'");
        }
        return out;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
