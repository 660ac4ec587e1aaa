package dev.archforge.sql.schema;

/**
 * Where an object was created: a table keeps its origin through renames, so a rule can find the
 * final form of the table a CREATE TABLE made.
 */
public record Origin(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
