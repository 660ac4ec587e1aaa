package dev.archforge.model;

import java.util.Comparator;
import java.util.Optional;

/**
 * Where a finding is: a file, a 1-based start and end position, and for structured documents the
 * JSON pointer of the node.
 */
public record Location(String file, int line, int column, int endLine, int endColumn, Optional<String> pointer)
        implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column)
            .thenComparingInt(Location::endLine)
            .thenComparingInt(Location::endColumn)
            .thenComparing(l -> l.pointer().orElse(""));

    public Location {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A location at one position with no pointer. */
    public static Location at(String file, int line, int column) {
        return new Location(file, line, column, line, column, Optional.empty());
    }

    /** A location covering a whole file, used when no position is known. */
    public static Location ofFile(String file) {
        return at(file, 1, 1);
    }

    public Location withPointer(String jsonPointer) {
        return new Location(file, line, column, endLine, endColumn, Optional.of(jsonPointer));
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, the way compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
