package dev.archforge.sql.ast;

/** Where a node is in its file: 1-based first line and column, and those of its last character. */
public record Span(int line, int column, int endLine, int endColumn) {
    public Span {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
