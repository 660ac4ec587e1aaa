package dev.archforge.design.consistency;

import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.parse.SqlParser;
import dev.archforge.sql.schema.Schema;
import dev.archforge.sql.schema.SchemaReplayer;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The migration read the way Archforge's SQL review reads it: statements parsed by archforge-sql and
 * replayed into the final schema, plus each statement's text for what the model does not keep
 * (partitioning clauses, policies, trigger timing, DO blocks).
 */
final class Sql {
    private final String text;
    private final List<String> lines;
    private final List<Statement> statements;
    private final Schema schema;

    Sql(String text) {
        this.text = text;
        this.lines = List.of(text.split("\n", -1));
        this.statements = SqlParser.parse(text);
        this.schema = SchemaReplayer.replay(Schema.EMPTY, "V1__init.sql", statements);
    }

    String text() {
        return text;
    }

    List<Statement> statements() {
        return statements;
    }

    /** A table the migration creates (not one it only alters or indexes). */
    Optional<Table> table(String name) {
        return tables().stream().filter(t -> t.name().name().equals(name)).findFirst();
    }

    /** The tables the migration creates. */
    List<Table> tables() {
        return schema.tables().stream().filter(Table::declared).toList();
    }

    /** The statement as written. */
    String text(Statement s) {
        Span span = s.span();
        StringBuilder out = new StringBuilder();
        for (int line = span.line(); line <= span.endLine() && line <= lines.size(); line++) {
            String l = lines.get(line - 1);
            int from = line == span.line() ? Math.min(span.column() - 1, l.length()) : 0;
            int to = line == span.endLine() ? Math.min(span.endColumn(), l.length()) : l.length();
            out.append(l, from, Math.max(from, to)).append('\n');
        }
        return out.toString();
    }

    /** The texts of the statements whose text, lower-cased, contains every one of {@code words}. */
    List<String> statementsWith(String... words) {
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            String t = text(s).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= t.contains(w.toLowerCase(Locale.ROOT));
            }
            if (all) {
                out.add(text(s));
            }
        }
        return out;
    }

    /** The CREATE TABLE statement of a table. */
    Optional<String> createTable(String name) {
        return statements.stream()
                .filter(s -> s instanceof CreateTable t && t.name().name().equals(name))
                .map(this::text)
                .findFirst();
    }

    /** True when the table has a unique key (constraint or full unique index) on exactly these columns. */
    boolean uniqueOn(Table table, Set<String> columns) {
        if (table.primaryKey()
                .filter(k -> new HashSet<>(k.columns()).equals(columns))
                .isPresent()) {
            return true;
        }
        if (table.uniqueKeys().stream().anyMatch(k -> new HashSet<>(k.columns()).equals(columns))) {
            return true;
        }
        return table.indexes().stream()
                .anyMatch(i -> i.unique()
                        && !i.partial()
                        && i.leadingColumns().size() == i.elements().size()
                        && new HashSet<>(i.leadingColumns()).equals(columns));
    }
}
