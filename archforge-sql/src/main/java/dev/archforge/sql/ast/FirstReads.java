package dev.archforge.sql.ast;

import java.util.Map;
import java.util.Optional;

/**
 * Where a file's data statements first read each table and first name each identifier, by line:
 * the statements that copy rows (INSERT, UPDATE, WITH, SELECT, CREATE TABLE ... AS), the tables
 * after their FROM, JOIN or USING, and every name they mention. A drop after such a statement is
 * the end of a move (the data lives on elsewhere), not a loss.
 *
 * @param tables the line of the first statement that reads each table, by its lower-case name
 *     (without schema)
 * @param names the line of the first statement that names each identifier, in lower case
 */
public record FirstReads(Map<String, Integer> tables, Map<String, Integer> names) {
    public FirstReads {
        tables = Map.copyOf(tables);
        names = Map.copyOf(names);
    }

    /** The line of the first data statement that reads {@code table} (lower case). */
    public Optional<Integer> table(String table) {
        return Optional.ofNullable(tables.get(table));
    }

    /** The line of the first data statement that names {@code name} (lower case). */
    public Optional<Integer> name(String name) {
        return Optional.ofNullable(names.get(name));
    }
}
