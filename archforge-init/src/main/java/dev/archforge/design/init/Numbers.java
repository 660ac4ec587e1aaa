package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers people write in a brief, in every form: {@code 20,000}, {@code 20k}, {@code 1.5k},
 * {@code 3M}, {@code 3 million}, {@code twenty-five}, {@code a dozen}, {@code a couple of hundred},
 * {@code tens of thousands of}, {@code 3-5}. Vague forms and numbers after "about", "around", "up to"
 * are marked approximate. Years ("in 2025") and versions ("v2", "2.0 of the app") are not numbers.
 */
final class Numbers {
    /**
     * One number in the text.
     *
     * @param start where the number's words start, after any "about"
     * @param from where its source words start, "about" included
     * @param approximate a vague or hedged number
     */
    record Amount(double value, boolean approximate, int start, int end, int from) {}

    private static final Map<String, Integer> UNITS = units();
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);
    private static final String SCALE = "hundred|thousand|million|billion";
    private static final String WORD = "(?:" + String.join("|", TENS.keySet()) + ")(?:[- ](?:"
            + String.join("|", UNITS.keySet()) + "))?|" + String.join("|", UNITS.keySet());
    private static final Pattern VAGUE = Pattern.compile("\\b(?:(tens|hundreds|dozens) of (thousands|millions)"
            + "|(dozens|hundreds|thousands|millions|billions)|a (?:couple|few) (?:of )?(hundred|thousand|million)s?"
            + "|(a couple|a few|a handful|a dozen|half a million|a hundred|a thousand|a million|a billion))"
            + "(?: of)?\\b");
    private static final Pattern DIGITS =
            Pattern.compile("(?<![a-z0-9.,/])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(k|mm|m|bn|b|thousand|million|billion|hundred)(?![a-z]))?(?![0-9]|/\\d|\\.\\d)");
    private static final Pattern WORDS = Pattern.compile("\\b(" + WORD + ")(?: (" + SCALE + "))?\\b");
    private static final Pattern RANGE = Pattern.compile("\\s?(?:-|–|to)\\s?$");
    private static final Pattern HEDGE = Pattern.compile("(?:about|around|roughly|approximately|approx\\.?|~|nearly"
            + "|almost|some|up to|over|more than|at least|close to|maybe|perhaps|estimated|an estimated|ca\\.)\\s?$");
    private static final Pattern YEAR =
            Pattern.compile("(?:in|by|since|until|till|before|after|from|of|early|late|mid|q[1-4]|january|february"
                    + "|march|april|may|june|july|august|september|october|november|december)\\s$");
    private static final Pattern VERSION = Pattern.compile("(?:version|release|v|iso|rfc|iphone|windows)\\s?$");

    private Numbers() {}

    /** Every number in {@code lower} (lower-case text), in order, not overlapping. */
    static List<Amount> find(String lower) {
        List<Amount> out = new ArrayList<>();
        Matcher vague = VAGUE.matcher(lower);
        while (vague.find()) {
            boolean exact = vague.group(5) != null
                    && !vague.group(5).startsWith("a couple")
                    && !vague.group(5).startsWith("a few")
                    && !vague.group(5).equals("a handful");
            add(out, lower, vague.start(), vague.end(), vague(vague), !exact);
        }
        Matcher digits = DIGITS.matcher(lower);
        while (digits.find()) {
            String before = lower.substring(Math.max(0, digits.start() - 12), digits.start());
            double n = Double.parseDouble(digits.group(1).replace(",", ""));
            boolean year = digits.group(2) == null
                    && n >= 1900
                    && n <= 2100
                    && !digits.group(1).contains(",")
                    && YEAR.matcher(before).find();
            if (year || VERSION.matcher(before).find()) {
                continue;
            }
            add(out, lower, digits.start(), digits.end(), n * scale(digits.group(2)), false);
        }
        Matcher words = WORDS.matcher(lower);
        while (words.find()) {
            add(out, lower, words.start(), words.end(), word(words.group(1)) * scale(words.group(2)), false);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return ranges(lower, out);
    }

    /** The value of a number word alone ("twelve", "twenty-five"); -1 when it is none. */
    static double word(String text) {
        String t = text.replace('-', ' ');
        if (UNITS.containsKey(t)) {
            return UNITS.get(t);
        }
        String[] parts = t.split(" ");
        if (TENS.containsKey(parts[0])) {
            return TENS.get(parts[0]) + (parts.length > 1 ? UNITS.getOrDefault(parts[1], 0) : 0);
        }
        return -1;
    }

    private static void add(List<Amount> out, String lower, int start, int end, double value, boolean vague) {
        if (out.stream().anyMatch(a -> start < a.end() && a.start() < end)) {
            return;
        }
        int sign = start > 0 && "$€£".indexOf(lower.charAt(start - 1)) >= 0 ? start - 1 : start;
        Matcher hedge = HEDGE.matcher(lower.substring(Math.max(0, sign - 16), sign));
        boolean hedged = hedge.find()
                && (hedge.start() == 0
                        || !Character.isLetter(lower.charAt(Math.max(0, sign - 16) + hedge.start() - 1)));
        int from = hedged ? Math.max(0, sign - 16) + hedge.start() : start;
        out.add(new Amount(value, vague || hedged, start, end, from));
    }

    /** "3-5 seconds", "100 to 200 ms": one approximate amount, the upper bound. */
    private static List<Amount> ranges(String lower, List<Amount> amounts) {
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            if (i + 1 < amounts.size()) {
                Amount b = amounts.get(i + 1);
                String between = lower.substring(a.end(), b.start());
                boolean clock = (a.start() > 0 && lower.charAt(a.start() - 1) == ':')
                        || (b.end() < lower.length() && lower.charAt(b.end()) == ':');
                if (between.length() <= 4 && RANGE.matcher(between).find() && b.value() > a.value() && !clock) {
                    out.add(new Amount(b.value(), true, a.start(), b.end(), a.from()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static double vague(Matcher m) {
        if (m.group(1) != null) {
            return (m.group(1).equals("dozens") ? 24 : m.group(1).equals("tens") ? 20 : 200) * scale(m.group(2));
        }
        if (m.group(3) != null) {
            return 2 * scale(m.group(3));
        }
        if (m.group(4) != null) {
            return (m.group(0).startsWith("a couple") ? 2 : 3) * scale(m.group(4));
        }
        return switch (m.group(5)) {
            case "a couple" -> 2;
            case "a few" -> 3;
            case "a handful" -> 5;
            case "a dozen" -> 12;
            case "half a million" -> 500_000;
            case "a hundred" -> 100;
            case "a thousand" -> 1_000;
            case "a million" -> 1_000_000;
            default -> 1_000_000_000;
        };
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return switch (w) {
            case "k", "thousand" -> 1e3;
            case "m", "mm", "million" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            case "hundred" -> 1e2;
            case "dozen" -> 12;
            default -> throw new IllegalArgumentException("unknown multiplier '" + word + "'");
        };
    }

    private static Map<String, Integer> units() {
        String[] names = {
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
