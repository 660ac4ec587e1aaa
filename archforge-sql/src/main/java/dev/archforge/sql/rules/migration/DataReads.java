package dev.archforge.sql.rules.migration;

import dev.archforge.sql.ast.FirstReads;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.SqlContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a file first copies data out of a table or column: an INSERT, UPDATE, CREATE TABLE AS or
 * other data statement that names the table after FROM, JOIN or USING, or names the column at all.
 * A drop after such a statement is the end of a move (the data lives on elsewhere), not a loss.
 * The parser works it out once per file ({@link FirstReads}).
 */
final class DataReads {
    private DataReads() {}

    /** True when a data statement before {@code statement} reads the table named {@code table}. */
    static boolean tableReadBefore(SqlContext context, Statement statement, String table) {
        return before(context.file().firstReads().table(table.toLowerCase(Locale.ROOT)), statement);
    }

    /** True when a data statement before {@code statement} names {@code column}. */
    static boolean columnReadBefore(SqlContext context, Statement statement, String column) {
        return before(context.file().firstReads().name(column.toLowerCase(Locale.ROOT)), statement);
    }

    private static boolean before(Optional<Integer> line, Statement statement) {
        return line.filter(at -> at < statement.span().line()).isPresent();
    }
}
