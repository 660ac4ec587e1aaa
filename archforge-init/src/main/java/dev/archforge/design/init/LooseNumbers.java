package dev.archforge.design.init;

import static dev.archforge.design.init.Marked.N;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantities no other reader took: every time of day ("22:00-08:00", "by 7am", "every morning at 8")
 * and every number left, each with the words around it ("12 Latin American cities", "at most 3 messages
 * per user per day"). Runs last; each becomes a fact without a key and a warning that says why, so a
 * number of the brief is never dropped in silence.
 */
final class LooseNumbers {
    /** A clock time: "22:00", "7am", "7:30 pm", a range of them, or "at 8" ending a clause. */
    private static final String CLOCK = N + "(?::" + N + ")? ?(am|pm|a\\.m\\.|p\\.m\\.)" + "|" + N + ":" + N;

    private static final Pattern TIME = Pattern.compile("(?:" + CLOCK + ")(?: ?(?:-|–|to|until) ?(?:" + CLOCK + "))?"
            + "|\\b(?:at|by|before|after|until|from) " + N + "(?= ?(?:[.,;!?)]|$|o'clock))");
    /** What a clock time looks like in the brief's words: minutes in two digits, am/pm, or a whole hour. */
    private static final Pattern REAL_CLOCK = Pattern.compile(
            "^(?:[a-z]+ )?(?:[01]?\\d|2[0-4])(?::[0-5]\\d)?(?: ?[ap]\\.?m\\.?)?(?: ?(?:-|–|to|until) ?(?:[01]?\\d|2[0-4])"
                    + "(?::[0-5]\\d)?(?: ?[ap]\\.?m\\.?)?)?$");

    private static final Pattern MARKER = Pattern.compile(N);
    /** Words in front of a number that make it part of a name: "SOC 2", "HL7", "Llama 3". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:[a-z]-|[a-z]|\\b(?:soc|iso|type|ocpp|hl7|tls"
            + "|http|oauth|ipv|gen|phase|step|level|tier|chapter|section|article|part|stage|round|llama|gpt|web)"
            + " |[:#@])$");

    private static final String STOP_CHARS = ".,;:!?()\"[]";
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "and",
            "but",
            "or",
            "nor",
            "while",
            "which",
            "who",
            "so",
            "because",
            "when",
            "whenever",
            "then",
            "where",
            "if",
            "unless",
            "though",
            "although",
            "since",
            "than",
            "plus");
    private static final int BACK = 2;
    private static final int FORWARD = 6;
    private static final Set<String> DURATIONS = Set.of(
            "second", "minute", "hour", "day", "night", "week", "month", "year", "ms", "millisecond", "sec", "min");
    private static final Set<String> SIZES = Set.of("kb", "mb", "gb", "tb", "pb", "byte", "kib", "mib", "gib", "tib");
    private static final Set<String> DISTANCES = Set.of("km", "mile", "meter", "metre", "m", "kilometer", "kilometre");

    private LooseNumbers() {}

    static void read(Scan scan) {
        Matcher clock = TIME.matcher(scan.text());
        while (clock.find()) {
            String words = scan.marked().source(clock.start(), clock.end()).toLowerCase(Locale.ROOT);
            if (scan.free(clock.start(), clock.end())
                    && REAL_CLOCK.matcher(words).find()) {
                scan.take(clock.start(), clock.end());
                time(scan, clock.toMatchResult());
            }
        }
        Matcher m = MARKER.matcher(scan.text());
        while (m.find()) {
            if (!scan.free(m.start(), m.end())
                    || named(scan.marked().originalAt(m.start()), scan)
                    || scan.text().startsWith(":‹", m.end())) {
                continue;
            }
            scan.take(m.start(), m.end());
            number(scan, m.start(), m.end(), scan.value(m, 1));
        }
    }

    private static boolean named(int originalAt, Scan scan) {
        String before = scan.marked().original().substring(Math.max(0, originalAt - 8), originalAt);
        return NAME_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).find();
    }

    private static void time(Scan scan, java.util.regex.MatchResult m) {
        String words = scan.marked().source(m.start(), m.end());
        StringBuilder value = new StringBuilder();
        Matcher clock = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s?([ap])?").matcher(words.toLowerCase(Locale.ROOT));
        while (clock.find() && value.length() < 12) {
            int hour = Integer.parseInt(clock.group(1));
            if (clock.group(3) != null && clock.group(3).equals("p") && hour < 12) {
                hour += 12;
            }
            value.append(value.length() == 0 ? "" : "-")
                    .append(String.format(
                            Locale.ROOT, "%02d:%s", hour, clock.group(2) == null ? "00" : clock.group(2)));
        }
        int[] span = phrase(scan, m.start(), m.end());
        scan.add(new Claim.Unmapped(
                value.toString(),
                scan.marked().source(span[0], span[1]),
                "a time of day: no requirement key holds it; schedule the job or window it names from it",
                m.start()));
    }

    private static void number(Scan scan, int start, int end, double amount) {
        int[] span = phrase(scan, start, end);
        String t = scan.text();
        String unit = unit(t.substring(end, span[1]));
        boolean money = (start > 0 && "$€£".indexOf(t.charAt(start - 1)) >= 0)
                || unit.matches("usd|eur|euros?|dollars?|gbp|pounds?");
        boolean percent = unit.equals("%");
        String singular = Words.singular(unit);
        String shown = RateReader.show(amount);
        String why;
        Object value;
        if (money) {
            String per =
                    t.substring(end, span[1]).matches("^ ?(?:/ ?|per |a |an )(?:mo|month)\\b.*") ? " per month" : "";
            value = shown + per;
            why = "an amount of money that sets no key: constraints.budget-per-month takes the monthly budget";
        } else if (percent) {
            value = shown + "%";
            why = "a percentage that sets no key: give it as availability, read-percent or growth if it is one";
        } else if (DURATIONS.contains(singular)) {
            value = shown + " " + unit;
            why = "a duration that sets no key: if it is how long records are kept, a time limit or a deadline, give"
                    + " it as retention-months, latency-p99-ms or deadline-weeks";
        } else if (SIZES.contains(singular)) {
            value = shown + " " + unit.toUpperCase(Locale.ROOT);
            why = "a size that sets no key: give it as payload-bytes on the access pattern that carries it";
        } else if (DISTANCES.contains(singular)) {
            value = shown + " " + unit;
            why = "a distance: no requirement key holds it; the design's geo queries should use it";
        } else {
            value = amount == Math.rint(amount) && Math.abs(amount) < 1e15 ? (Object) Math.round(amount) : amount;
            why = "a number that sets no requirement key: if it counts users, actors, tenants or records, give it"
                    + " there";
        }
        scan.add(new Claim.Unmapped(value, scan.marked().source(span[0], span[1]), why, start));
    }

    /** The first word after a number: its unit or what it counts ("km", "%", "cities"); empty if none. */
    private static String unit(String after) {
        Matcher m = Pattern.compile("^(?:-| )?(%|[a-z]+)").matcher(after);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The words around a number, in the marked text: a currency sign or "~" in front, up to two words
     * before it and up to six after, none across a clause break or another number.
     */
    static int[] phrase(Scan scan, int start, int end) {
        String t = scan.text();
        int from = start;
        while (from > 0 && "$€£~".indexOf(t.charAt(from - 1)) >= 0) {
            from--;
        }
        for (int words = 0; words < BACK; words++) {
            int j = from;
            while (j > 0 && t.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == 0 || STOP_CHARS.indexOf(t.charAt(j - 1)) >= 0) {
                break;
            }
            int k = j;
            while (k > 0 && t.charAt(k - 1) != ' ' && STOP_CHARS.indexOf(t.charAt(k - 1)) < 0) {
                k--;
            }
            String word = t.substring(k, j);
            if (word.isEmpty() || word.contains("›")) {
                break;
            }
            from = k;
        }
        int to = end;
        while (to < t.length() && t.charAt(to) != ' ' && STOP_CHARS.indexOf(t.charAt(to)) < 0) {
            to++;
        }
        for (int words = 0; words < FORWARD; words++) {
            if (to >= t.length() || t.charAt(to) != ' ') {
                break;
            }
            int k = to + 1;
            while (k < t.length() && t.charAt(k) != ' ' && STOP_CHARS.indexOf(t.charAt(k)) < 0) {
                k++;
            }
            String word = t.substring(to + 1, k);
            if (word.isEmpty() || word.contains("‹") || CLAUSE_WORDS.contains(word)) {
                break;
            }
            to = k;
        }
        return new int[] {from, to};
    }
}
