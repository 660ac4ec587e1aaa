package dev.archforge.design.init;

import static dev.archforge.design.init.Marked.N;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often things happen: peaks ("5x during rush hour", "peaks of 2,000 requests per second"), request
 * totals ("20M requests a day", "2,000 TPS"), totals of records ("150,000 trips per day") and rates of
 * each member of an actor ("every 4 seconds", "once a minute", "3 times a day").
 */
final class RateReader {
    private static final String UNIT = "(second|sec|s|minute|min|hour|hr|h|day|week|month|year)s?";
    private static final String PEAK_WORD = "peak|spike|burst|surge|rush|busiest|flash|black friday|launch|lunch"
            + "|evening|holiday|sale|event|match|game|kick-?off|prime time|normal|usual|average|typical|baseline"
            + "|traffic|load";
    private static final Pattern PEAK_RPS = Pattern.compile("peak(?:s|ing)?(?: [a-z]+){0,2} (?:of |at |to )?(?:up to )?"
            + N + " (?:requests|req|calls|transactions|queries|messages|writes|events)?"
            + " ?(?:per second|a second|/ ?s(?:ec)?|rps|tps|qps)\\b");
    private static final Pattern TIMES = Pattern.compile(
            N + " ?(?:x|×|times)(?![a-z])" + "(?! (?:a|an|per|every|each) (?:second|minute|hour|day|week|month))");
    private static final Pattern THROUGHPUT = Pattern.compile(N + " ?(?:tps|rps|qps|req/s|requests/s|rpm|requests per"
            + " minute|(?:api )?(?:requests|calls|transactions|queries|hits|page ?views)(?: (?:per|a|an|each|/) ?|/)"
            + "(second|sec|minute|min|hour|day|month))\\b");
    private static final Pattern EVERY = Pattern.compile("(?:every|each) (?:" + N + " ?)?" + UNIT + "\\b"
            + "|(once|twice|" + N + " times) (?:a|an|per|every|each) " + UNIT + "\\b"
            + "|" + N + " (?:[a-z]+ )?(?:per|a|an|/) ?" + UNIT + " per (?:[a-z]+)\\b");
    private static final Pattern TOTAL = Pattern.compile(
            N + " ((?:(?!(?:per|a|an|each|every) )[a-z-]+ ){0,2}?)([a-z]+) (?:per|a|an|each|every|/) ?" + UNIT + "\\b");

    /**
     * A crowd that arrives in a window: "300k people hit the page at 10:00, most of them in the first 60
     * seconds", "100,000 fans show up in the first five minutes". The peak is at least one request per
     * person over the window.
     */
    private static final Pattern CROWD = Pattern.compile(N + " (?:[a-z-]+ )?(?:people|fans|users|visitors|buyers"
            + "|shoppers|players|customers|attendees|bidders|students|members|guests)\\b[^.;]{0,80}?\\b(?:in|within|during|over) the first"
            + " (?:" + N + " )?(second|sec|minute|min)s?\\b");

    private RateReader() {}

    /**
     * Crowds arriving in a window, read before people are counted: "300k people … in the first 60 seconds"
     * is a peak, not a population.
     */
    static void readCrowds(Scan scan) {
        for (MatchResult m : scan.all(CROWD)) {
            crowd(scan, m);
        }
    }

    static void read(Scan scan) {
        for (MatchResult m : scan.all(PEAK_RPS)) {
            scan.add(new Claim.Stated(Setting.PEAK_RPS, scan.value(m, 1), scan.source(m), m.start()));
        }
        for (MatchResult m : scan.all(THROUGHPUT)) {
            throughput(scan, m);
        }

        Pattern peakWord = Pattern.compile("\\b(?:" + PEAK_WORD + ")");
        for (MatchResult m : scan.all(TIMES)) {
            String sentence = scan.sentence(m.start());
            if (peakWord.matcher(sentence).find()) {
                scan.add(new Claim.Stated(Setting.PEAK_FACTOR, scan.value(m, 1), peakSource(scan, m), m.start()));
            }
        }
        for (MatchResult m : scan.all(EVERY)) {
            every(scan, m);
        }
        for (MatchResult m : scan.all(TOTAL)) {
            total(scan, m);
        }
    }

    /** "5x during rush hour": the multiplier with the words that say when. */
    private static String peakSource(Scan scan, MatchResult m) {
        String t = scan.text();
        int start = m.start();
        int end = m.end();
        Matcher around = Pattern.compile("(?:peak(?:ing|s)?|spikes?|bursts?|surges?)(?: [a-z]+){0,3} (?:at |to |of )?$")
                .matcher(t.substring(Math.max(0, start - 40), start));
        if (around.find()) {
            start = Math.max(0, start - 40) + around.start();
        }
        Matcher after = Pattern.compile("^ (?:the )?(?:normal|usual|average|typical)(?: [a-z]+)?|^ (?:at|during|in|on)"
                        + " (?:the )?[a-z-]+(?: [a-z-]+)?")
                .matcher(t.substring(end));
        if (after.find()) {
            end += after.end();
        }
        return scan.marked().source(start, end);
    }

    /** A crowd over a window: its arrivals per second are the peak, one request per person at least. */
    private static void crowd(Scan scan, MatchResult m) {
        double people = scan.value(m, 1);
        double window = (m.group(2) == null ? 1 : scan.value(m, 2)) * seconds(unitName(m.group(3)));
        double perSecond = Math.round(people / window);
        scan.add(new Claim.Stated(Setting.PEAK_RPS, perSecond, scan.source(m), m.start())
                .showing(show(people) + " arriving in " + show(window) + " seconds", " per second"));
    }

    private static void throughput(Scan scan, MatchResult m) {
        double n = scan.value(m, 1);
        String unit = m.group(2) == null
                ? (m.group().contains("rpm") || m.group().contains("minute") ? "minute" : "second")
                : m.group(2);
        double perSecond = n / seconds(unit);
        String stated = show(n) + " per " + unitName(unit);
        String before = scan.text().substring(Math.max(0, m.start() - 30), m.start());
        String after = scan.text().substring(m.end(), Math.min(scan.text().length(), m.end() + 20));
        if (before.matches(".*\\b(?:peak(?:s|ing)?|up to|max(?:imum)?|burst(?:s|ing)?|spik(?:e|es|ing))\\b.*")
                || after.matches("^ (?:at|during|in) (?:the )?(?:peak|busiest|rush).*")) {
            scan.add(new Claim.Stated(Setting.PEAK_RPS, perSecond, scan.source(m), m.start())
                    .showing(stated, " per second"));
        } else {
            scan.add(new Claim.Stated(
                            Setting.REQUESTS_PER_DAY,
                            (double) Math.round(perSecond * 86_400),
                            scan.source(m),
                            m.start())
                    .showing(stated, " per day"));
        }
    }

    private static void every(Scan scan, MatchResult m) {
        String after = scan.text().substring(m.end(), Math.min(scan.text().length(), m.end() + 12));
        if (m.group(2) != null && after.matches("^,? at (?:‹|noon|midnight|[0-9]).*")) {
            return; // "every day at 12:00 the deals go live": a schedule, not how often someone acts
        }
        double count;
        double interval;
        String unit;
        if (m.group(2) != null) {
            count = 1;
            interval = m.group(1) == null ? 1 : scan.value(m, 1);
            unit = m.group(2);
        } else if (m.group(3) != null) {
            count = m.group(3).equals("once") ? 1 : m.group(3).equals("twice") ? 2 : scan.value(m, 4);
            interval = 1;
            unit = m.group(5);
        } else {
            count = scan.value(m, 6);
            interval = 1;
            unit = m.group(7);
        }
        String name = unitName(unit);
        double perDay = count * 86_400 / (interval * seconds(name));
        String frequency;
        if (name.equals("week") || name.equals("month") || name.equals("year")) {
            frequency = show(perDay) + " per actor per day";
        } else if (count == 1 && interval != 1) {
            frequency = "1 per " + show(interval) + " " + name + "s per actor";
        } else {
            frequency = show(count / interval) + " per actor per " + name;
        }
        String stated = show(count) + " per " + (interval == 1 ? name : show(interval) + " " + name + "s");
        scan.add(new Claim.Rate("", true, frequency, perDay, scan.source(m), m.start(), stated));
    }

    private static void total(Scan scan, MatchResult m) {
        String noun = Words.singular(m.group(3));
        String name = unitName(m.group(4));
        double n = scan.value(m, 1);
        if (Sketch.actorOf(m.group(3)).isPresent()
                || (PhraseWords.NOT_RECORDS.contains(noun) && !noun.equals("request"))) {
            scan.add(new Claim.Unmapped(
                    (long) n,
                    scan.source(m),
                    "a count of " + m.group(3) + " per " + name + " names no record",
                    m.start()));
            return;
        }
        String frequency = name.equals("week") || name.equals("month") || name.equals("year")
                ? show(n * 86_400 / seconds(name)) + " per day"
                : show(n) + " per " + name;
        scan.add(new Claim.Rate(noun, false, frequency, 0, scan.source(m), m.start(), show(n) + " per " + name));
    }

    static String unitName(String unit) {
        return switch (unit) {
            case "second", "sec", "s" -> "second";
            case "minute", "min" -> "minute";
            case "hour", "hr", "h" -> "hour";
            case "week" -> "week";
            case "month" -> "month";
            case "year" -> "year";
            default -> "day";
        };
    }

    static double seconds(String unit) {
        return switch (unitName(unit)) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3_600;
            case "week" -> 7 * 86_400;
            case "month" -> 30 * 86_400;
            case "year" -> 365 * 86_400;
            default -> 86_400;
        };
    }

    static String show(double n) {
        double rounded = n >= 100 ? Math.round(n) : Math.round(n * 100) / 100.0;
        return Values.show(rounded);
    }
}
