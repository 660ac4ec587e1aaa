package dev.archforge.sql.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path segment as migration tools order it: the version at its start (if any) number by
 * number, then the rest naturally (digit runs by value, other runs as text), then the rest as text.
 *
 * @param version the version's numbers, leading zeros stripped; empty when the segment has none
 * @param chunks the rest of the segment as alternating digit and non-digit runs
 * @param rest the rest of the segment, the final tie-breaker
 */
record SegmentKey(Optional<List<String>> version, List<String> chunks, String rest) implements Comparable<SegmentKey> {
    private static final Pattern VERSION = Pattern.compile("^[Vv]?(\\d+(?:[._-]\\d+)*)");
    private static final Pattern DASHED_TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(\\d{6})(.*)");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?:19|20)\\d{6}(?:\\d{2}){0,3}(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+|\\D+");
    private static final Pattern SEPARATOR = Pattern.compile("[._-]");

    static SegmentKey of(String segment) {
        Matcher m = VERSION.matcher(segment);
        if (!m.find()) {
            return new SegmentKey(Optional.empty(), chunks(segment), segment);
        }
        List<String> numbers = new ArrayList<>();
        for (String n : SEPARATOR.split(timestamp(m.group(1)))) {
            numbers.add(stripZeros(n));
        }
        String rest = segment.substring(m.end());
        return new SegmentKey(Optional.of(List.copyOf(numbers)), chunks(rest), rest);
    }

    /**
     * Diesel writes {@code 2019-11-11-162609} where Rails and older diesel folders write
     * {@code 20140924113530}; both are one timestamp, so the dashed form is joined into one number.
     */
    private static String timestamp(String version) {
        Matcher m = DASHED_TIMESTAMP.matcher(version);
        String joined = m.matches() ? m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) : version;
        Matcher d = DATE_PREFIX.matcher(joined);
        // a date alone (20200101) sorts as midnight of that day against full timestamps
        return d.lookingAt() ? (d.group() + "000000").substring(0, 14) + joined.substring(d.end()) : joined;
    }

    private static List<String> chunks(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return List.copyOf(out);
    }

    @Override
    public int compareTo(SegmentKey other) {
        if (version.isPresent() != other.version.isPresent()) {
            return version.isPresent() ? -1 : 1;
        }
        if (version.isPresent()) {
            int c = compareNumbers(version.get(), other.version.get());
            if (c != 0) {
                return c;
            }
        }
        return natural(other);
    }

    private static int compareNumbers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareStripped(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int natural(SegmentKey other) {
        List<String> x = chunks;
        List<String> y = other.chunks;
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean digits = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int c = digits ? compareStripped(stripZeros(p), stripZeros(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.size(), y.size());
        return c != 0 ? c : rest.compareTo(other.rest);
    }

    /** Digit strings by value without overflow: length, then text (leading zeros already gone). */
    private static int compareStripped(String x, String y) {
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** The digits without leading zeros, keeping one digit: "007" is "7", "000" is "0". */
    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
