package dev.archforge.design.init;

import static dev.archforge.design.init.Marked.N;

import dev.archforge.design.requirements.Retention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What a brief says about its data: how long it is kept ("trip history kept for 7 years", "never delete
 * messages"), how large one record or request is ("200-byte pings", "5 MB videos"), the share of reads
 * and the growth.
 */
final class DataReader {
    private static final String KEEP = "(?:kept|keep|keeps|keeping|retain|retained|retains|store|stored|stores|hold"
            + "|held|archive|archived|preserve|preserved|save|saved)";
    private static final String PERIOD = "(day|week|month|year)s?";
    private static final Pattern KEEP_FOR = Pattern.compile("\\b" + KEEP + "((?: [a-z-]+){0,6}?) (?:for|at least"
            + "|up to|during|over) (?:at least |up to |a minimum of )?" + N + "[- ]" + PERIOD + "\\b");
    private static final Pattern RETENTION = Pattern.compile("retention (?:of |period of |is |for )?(?:at least )?" + N
            + "[- ]" + PERIOD + "|" + N + "[- ]" + PERIOD + " (?:of )?(?:retention|history|archive)\\b");
    private static final Pattern FOREVER = Pattern.compile("\\b" + KEEP + "((?: [a-z-]+){0,6}?) (?:forever|indefinitely"
            + "|permanently|for ever)\\b|\\bnever (?:be )?(?:deleted|delete|purged|purge|removed|remove|expired|expire"
            + "|lose|throw away)\\b((?: [a-z-]+){0,3})");
    private static final Pattern SIZE = Pattern.compile(
            N + "[- ]?(bytes?|b|kb|kib|kilobytes?|mb|mib|megabytes?|gb|gib" + "|gigabytes?)\\b((?:[- ][a-z]+)?)");
    private static final Pattern READS =
            Pattern.compile(N + " ?% ?(?:of (?:requests|traffic|calls) (?:are )?)?(reads?|writes?)\\b");
    private static final Pattern GROWTH =
            Pattern.compile("grow(?:s|ing|th)? (?:of |by |at )?" + N + " ?% ?(?:a|per|each|every|/) ?month");

    private DataReader() {}

    static void read(Scan scan) {
        for (MatchResult m : scan.all(KEEP_FOR)) {
            keep(scan, m, nouns(scan, m.start(), m.group(1)), months(scan.value(m, 2), m.group(3)), period(scan, m, 2));
        }
        for (MatchResult m : scan.all(RETENTION)) {
            boolean first = m.group(1) != null;
            int months = months(scan.value(m, first ? 1 : 3), m.group(first ? 2 : 4));
            keep(scan, m, nouns(scan, m.start(), ""), months, period(scan, m, first ? 1 : 3));
        }
        for (MatchResult m : scan.all(FOREVER)) {
            String after = m.group(1) != null ? m.group(1) : m.group(2) == null ? "" : m.group(2);
            List<String> nouns = nouns(scan, m.start(), after);
            String source = scan.marked().source(subjectStart(scan, m.start()), m.end());
            scan.add(new Claim.Keep(nouns.isEmpty() ? "" : nouns.get(0), Retention.FOREVER, source, m.start(), ""));
        }
        for (MatchResult m : scan.all(SIZE)) {
            size(scan, m);
        }
        scan.first(READS).ifPresent(m -> {
            double percent = Math.min(100, scan.value(m, 1));
            scan.add(new Claim.Stated(
                    Setting.READ_PERCENT,
                    m.group(2).startsWith("read") ? percent : 100 - percent,
                    scan.source(m),
                    m.start()));
        });
        scan.first(GROWTH)
                .ifPresent(m -> scan.add(
                        new Claim.Stated(Setting.MONTHLY_GROWTH_PERCENT, scan.value(m, 1), scan.source(m), m.start())));
    }

    private static void keep(Scan scan, MatchResult m, List<String> nouns, int months, String stated) {
        String source = scan.marked().source(subjectStart(scan, m.start()), m.end());
        scan.add(new Claim.Keep(nouns.isEmpty() ? "" : nouns.get(0), new Retention(months), source, m.start(), stated));
    }

    /** The period in groups {@code at} (number) and {@code at + 1} (unit) as the brief gave it: "10 years". */
    private static String period(Scan scan, MatchResult m, int at) {
        double n = scan.value(m, at);
        return RateReader.show(n) + " " + m.group(at + 1) + (n == 1 ? "" : "s");
    }

    /**
     * What is kept, singular, best first: the words between the verb and "for" ("keep raw readings for"),
     * else the words in front of the verb in the same clause ("trip history kept for").
     */
    private static List<String> nouns(Scan scan, int verb, String between) {
        List<String> out = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (String w : between.strip().split(" ")) {
            if (PhraseWords.STOPS.contains(w) && !PhraseWords.ADJECTIVES.contains(w) && !after.isEmpty()) {
                break;
            }
            if (!w.isEmpty()) {
                after.add(w);
            }
        }
        String head = Sketch.head(after);
        if (!head.isEmpty()) {
            out.add(head);
        }
        String before = scan.text().substring(subjectStart(scan, verb), verb).strip();
        List<String> words = new ArrayList<>(List.of(before.split(" ")));
        words.removeIf(w -> w.isEmpty() || PhraseWords.STOPS.contains(w));
        String front = Sketch.head(words);
        if (!front.isEmpty() && !out.contains(front)) {
            out.add(front);
        }
        return out;
    }

    /** Where the clause holding {@code at} starts: after the last sentence end, comma or "and". */
    private static int subjectStart(Scan scan, int at) {
        String t = scan.text();
        int i = at;
        while (i > 0 && ".!?;,:".indexOf(t.charAt(i - 1)) < 0 && !t.startsWith(" and ", i - 5 < 0 ? 0 : i - 5)) {
            i--;
        }
        while (i < at && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int months(double n, String unit) {
        double months =
                switch (unit) {
                    case "day" -> n / 30;
                    case "week" -> n * 7 / 30;
                    case "year" -> n * 12;
                    default -> n;
                };
        return (int) Math.min(1200, Math.max(1, Math.ceil(months - 1e-9)));
    }

    private static void size(Scan scan, MatchResult m) {
        String unit = m.group(2);
        double factor = unit.startsWith("g") ? 1e9 : unit.startsWith("m") ? 1e6 : unit.startsWith("k") ? 1e3 : 1;
        long bytes = Math.max(1, Math.round(scan.value(m, 1) * factor));
        String noun = "";
        for (String w : m.group(3).split("[- ]")) {
            if (!w.isEmpty() && !PhraseWords.STOPS.contains(w) && !w.equals("each")) {
                noun = Words.singular(w);
                break;
            }
        }
        if (noun.isEmpty()) {
            String before = scan.text().substring(Math.max(0, m.start() - 30), m.start());
            java.util.regex.Matcher of = Pattern.compile(
                            "([a-z]+) (?:of|are|is|up to|under|around|about|at most)" + "(?: up to| around| about)? $")
                    .matcher(before);
            if (of.find()) {
                noun = Words.singular(of.group(1));
            }
        }
        String stated = RateReader.show(scan.value(m, 1)) + " "
                + (unit.startsWith("b")
                        ? "bytes"
                        : unit.toUpperCase(java.util.Locale.ROOT).replaceAll("YTES?$", "B"));
        scan.add(new Claim.Size(noun, bytes, scan.source(m), m.start(), stated));
    }
}
