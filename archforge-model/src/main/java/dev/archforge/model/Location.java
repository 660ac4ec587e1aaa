package dev.archforge.model;

import java.util.Optional;

/**
 * Where a finding is: a file, a 1-based start and end position, and for structured documents the
 * JSON pointer of the node.
 */
public record Location(String file, int line, int column, int endLine, int endColumn, Optional<String> pointer)
        implements Comparable<Location> {

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

    /**
     * By file, line, column, end line, end column, then pointer (none first, as the empty pointer).
     * Written out rather than as a chain of comparator lambdas, like {@link Finding#compareTo}.
     */
    @Override
    public int compareTo(Location other) {
        int c = file.compareTo(other.file);
        if (c == 0) {
            c = Integer.compare(line, other.line);
        }
        if (c == 0) {
            c = Integer.compare(column, other.column);
        }
        if (c == 0) {
            c = Integer.compare(endLine, other.endLine);
        }
        if (c == 0) {
            c = Integer.compare(endColumn, other.endColumn);
        }
        return c != 0 ? c : pointer.orElse("").compareTo(other.pointer.orElse(""));
    }

    /** {@code file:line:column}, the way compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
