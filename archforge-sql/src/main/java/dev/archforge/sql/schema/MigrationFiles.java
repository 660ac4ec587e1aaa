package dev.archforge.sql.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The up-migrations of a folder in the order a migration tool runs them: {@code .sql} and
 * {@code .sql.postgres} files, without golang-migrate's {@code *.down.sql}, diesel's
 * {@code down.sql} or Flyway's undo {@code U1__*.sql}, ordered by the version numbers in their
 * paths ({@link #VERSION_ORDER}).
 */
public final class MigrationFiles {
    /**
     * Compares relative paths segment by segment; in each segment the version at its start
     * (digits separated by {@code .}, {@code _} or {@code -}, after an optional {@code V} or {@code v})
     * compares number by number, so {@code V1__} &lt; {@code V1_1__} &lt; {@code V2__} &lt;
     * {@code V10__} and {@code v1.5} &lt; {@code v1.14}; then the rest of the segment compares
     * naturally.
     */
    public static final Comparator<Path> VERSION_ORDER = MigrationFiles::compare;

    private static final Pattern VERSION = Pattern.compile("^[Vv]?(\\d+(?:[._-]\\d+)*)");
    private static final Pattern DASHED_TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(\\d{6})(.*)");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?:19|20)\\d{6}(?:\\d{2}){0,3}(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+|\\D+");
    private static final Pattern FLYWAY_UNDO = Pattern.compile("^U\\d.*__.*");

    private MigrationFiles() {}

    /** The migration files under {@code folder}, in version order. */
    public static List<Path> collect(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isUpMigration(folder.relativize(p)))
                    .sorted((a, b) -> VERSION_ORDER.compare(folder.relativize(a), folder.relativize(b)))
                    .toList();
        }
    }

    /** True for a SQL file that a migration tool runs when migrating up. */
    public static boolean isUpMigration(Path relative) {
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".sql") && !lower.endsWith(".sql.postgres")) {
            return false;
        }
        return !lower.endsWith(".down.sql")
                && !lower.equals("down.sql")
                && !FLYWAY_UNDO.matcher(name).matches();
    }

    private static int compare(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
            int c = compareSegment(a.getName(i).toString(), b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    static int compareSegment(String a, String b) {
        Matcher ma = VERSION.matcher(a);
        Matcher mb = VERSION.matcher(b);
        boolean va = ma.find();
        boolean vb = mb.find();
        if (va != vb) {
            return va ? -1 : 1;
        }
        if (va) {
            int c = compareNumbers(
                    List.of(timestamp(ma.group(1)).split("[._-]")),
                    List.of(timestamp(mb.group(1)).split("[._-]")));
            if (c != 0) {
                return c;
            }
            a = a.substring(ma.end());
            b = b.substring(mb.end());
        }
        return natural(a, b);
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

    private static int compareNumbers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareNumber(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Compares digit strings by value without overflow: strip zeros, then length, then text. */
    private static int compareNumber(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static int natural(String a, String b) {
        List<String> x = chunks(a);
        List<String> y = chunks(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean digits = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int c = digits ? compareNumber(p, q) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.size(), y.size());
        return c != 0 ? c : a.compareTo(b);
    }

    private static List<String> chunks(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
