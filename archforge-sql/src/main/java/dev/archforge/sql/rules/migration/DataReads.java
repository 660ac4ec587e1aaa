package dev.archforge.sql.rules.migration;

import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.parse.RawStatement;
import dev.archforge.sql.parse.Token;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a file first copies data out of a table or column: an INSERT, UPDATE, CREATE TABLE AS or
 * other data statement that names the table after FROM, JOIN or USING, or names the column at all.
 * A drop after such a statement is the end of a move (the data lives on elsewhere), not a loss.
 * Worked out once per file in one pass over its statements.
 */
final class DataReads {
    private final Map<String, Integer> tables;
    private final Map<String, Integer> names;

    private DataReads(Map<String, Integer> tables, Map<String, Integer> names) {
        this.tables = tables;
        this.names = names;
    }

    /** True when a data statement before {@code statement} reads the table named {@code table}. */
    static boolean tableReadBefore(SqlContext context, Statement statement, String table) {
        Integer at = of(context.file()).tables.get(table.toLowerCase(Locale.ROOT));
        return at != null && at < position(statement.span());
    }

    /** True when a data statement before {@code statement} names {@code column}. */
    static boolean columnReadBefore(SqlContext context, Statement statement, String column) {
        Integer at = of(context.file()).names.get(column.toLowerCase(Locale.ROOT));
        return at != null && at < position(statement.span());
    }

    private static DataReads of(SqlFile file) {
        return file.derived(DataReads.class, DataReads::scan);
    }

    private static int position(Span span) {
        return span.line();
    }

    private static DataReads scan(SqlFile file) {
        Map<String, Integer> tables = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (RawStatement raw : file.script().statements()) {
            List<Token> tokens = raw.tokens();
            if (!isDataStatement(tokens)) {
                continue;
            }
            int line = raw.first().line();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.isIdentifier()) {
                    continue;
                }
                names.putIfAbsent(t.value().toLowerCase(Locale.ROOT), line);
                if (t.isAny("from", "join", "using")
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1).isIdentifier()) {
                    String table = tokens.get(i + 1).value().toLowerCase(Locale.ROOT);
                    int j = i + 1;
                    while (j + 2 < tokens.size()
                            && tokens.get(j + 1).isSymbol(".")
                            && tokens.get(j + 2).isIdentifier()) {
                        j += 2;
                        table = tokens.get(j).value().toLowerCase(Locale.ROOT);
                    }
                    tables.putIfAbsent(table, line);
                }
            }
        }
        return new DataReads(tables, names);
    }

    /** INSERT, UPDATE, WITH, SELECT INTO or CREATE TABLE ... AS: statements that copy rows. */
    private static boolean isDataStatement(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.isAny("insert", "update", "with", "select")) {
            return true;
        }
        if (first.is("create")) {
            for (Token t : tokens) {
                if (t.is("as") || t.is("select")) {
                    return true;
                }
            }
        }
        return false;
    }
}
