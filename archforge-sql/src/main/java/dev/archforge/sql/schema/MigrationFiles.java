package dev.archforge.sql.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    public static final Comparator<Path> VERSION_ORDER = (a, b) -> PathKey.of(a).compareTo(PathKey.of(b));

    private static final Pattern FLYWAY_UNDO = Pattern.compile("^U\\d.*__.*");

    private MigrationFiles() {}

    /** The migration files under {@code folder}, in version order. */
    public static List<Path> collect(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> isUpMigration(folder.relativize(p)))
                    .toList();
        }
        return inVersionOrder(folder, files);
    }

    /** {@code files} under {@code folder}, sorted by {@link #VERSION_ORDER} of their relative paths. */
    public static List<Path> inVersionOrder(Path folder, List<Path> files) {
        // each path's sort key is parsed once, not once per comparison
        Map<Path, PathKey> keys = new HashMap<>();
        for (Path file : files) {
            keys.put(file, PathKey.of(folder.relativize(file)));
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(keys::get));
        return List.copyOf(sorted);
    }

    /** True when {@code folder} holds at least one migration file (stops at the first). */
    public static boolean containsAny(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> isUpMigration(folder.relativize(p)) && Files.isRegularFile(p));
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

    /**
     * True when {@code file}'s migration version sorts before {@code version}: the digits that
     * lead the last path segment starting with a digit ({@code 20141021103507_name/up.sql},
     * {@code 2017-10-06-234455_name/up.sql}, {@code 20220429102000_name.up.sql}), compared digit
     * by digit with the digits of {@code version} ({@code 2014-11-11}) over the shorter length.
     * A file without such a segment is not before.
     */
    public static boolean versionBefore(Path file, String version) {
        String digits = versionDigits(file);
        String since = version.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || since.isEmpty()) {
            return false;
        }
        int n = Math.min(digits.length(), since.length());
        return digits.substring(0, n).compareTo(since.substring(0, n)) < 0;
    }

    /** The digits leading the last path segment that starts with a digit, or "" when none does. */
    public static String versionDigits(Path file) {
        return versionDigits(file.toString().replace('\\', '/'));
    }

    /**
     * {@link #versionDigits(Path)} of a path written with {@code /}, as findings name files: rules ask
     * it for every statement they judge, so it reads the string without making a {@link Path}.
     */
    public static String versionDigits(String path) {
        String digits = "";
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start && Character.isDigit(path.charAt(start))) {
                digits = leadingDigits(path.substring(start, end));
            }
            start = end + 1;
        }
        return digits;
    }

    private static String leadingDigits(String segment) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c != '-' && c != '_' && c != '.') {
                break;
            }
        }
        return b.toString();
    }
}
