package dev.archforge.design.artifact.sql.ddl;

import dev.archforge.design.artifact.domain.OnDelete;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a migration: a header comment, then each statement in the order given, with upper-case
 * key words, identifiers quoted only when needed, and string literals escaped. Deterministic: the
 * output depends only on the statements.
 */
public final class SqlWriter {
    private static final String INDENT = "    ";

    private SqlWriter() {}

    /** The migration text: {@code header} lines as {@code --} comments, a blank line, the statements. */
    public static String write(List<String> header, List<Ddl> statements) {
        StringBuilder out = new StringBuilder(4096);
        for (String line : header) {
            out.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
        }
        boolean afterRemark = false;
        for (Ddl statement : statements) {
            // a blank line opens each group: a remark, or a table that has none before it
            if (statement instanceof Ddl.Remark || (statement instanceof Ddl.CreateTable && !afterRemark)) {
                out.append('\n');
            }
            statement(statement, out);
            afterRemark = statement instanceof Ddl.Remark;
        }
        return out.toString();
    }

    /** One statement, terminated by a newline (and {@code ;} unless it is a remark). */
    static void statement(Ddl ddl, StringBuilder out) {
        if (ddl instanceof Ddl.Remark r) {
            out.append("-- ").append(r.text().replace("\n", "\n-- ")).append('\n');
        } else if (ddl instanceof Ddl.CreateTable t) {
            createTable(t, out);
        } else if (ddl instanceof Ddl.AddConstraint a) {
            out.append("ALTER TABLE ")
                    .append(Identifiers.quote(a.table()))
                    .append(" ADD ")
                    .append(constraint(a.constraint()))
                    .append(";\n");
        } else if (ddl instanceof Ddl.CreateIndex i) {
            createIndex(i, out);
        } else if (ddl instanceof Ddl.Comment c) {
            out.append("COMMENT ON ")
                    .append(c.column().isPresent() ? "COLUMN " : "TABLE ")
                    .append(Identifiers.quote(c.table()))
                    .append(c.column().map(col -> "." + Identifiers.quote(col)).orElse(""))
                    .append(" IS ")
                    .append(ExprWriter.literal(c.text()))
                    .append(";\n");
        } else if (ddl instanceof Ddl.EnableRowLevelSecurity e) {
            String table = Identifiers.quote(e.table());
            out.append("ALTER TABLE ").append(table).append(" ENABLE ROW LEVEL SECURITY;\n");
            out.append("ALTER TABLE ").append(table).append(" FORCE ROW LEVEL SECURITY;\n");
        } else if (ddl instanceof Ddl.CreatePolicy p) {
            out.append("CREATE POLICY ")
                    .append(Identifiers.quote(p.name()))
                    .append(" ON ")
                    .append(Identifiers.quote(p.table()))
                    .append('\n')
                    .append(INDENT)
                    .append("USING (")
                    .append(ExprWriter.write(p.using()))
                    .append(")\n")
                    .append(INDENT)
                    .append("WITH CHECK (")
                    .append(ExprWriter.write(p.check()))
                    .append(");\n");
        } else if (ddl instanceof Ddl.CreateFunction f) {
            createFunction(f, out);
        } else if (ddl instanceof Ddl.BeforeTrigger t) {
            out.append("CREATE TRIGGER ")
                    .append(Identifiers.quote(t.name()))
                    .append(" BEFORE ")
                    .append(String.join(" OR ", t.events()))
                    .append(" ON ")
                    .append(Identifiers.quote(t.table()))
                    .append(" FOR EACH ROW EXECUTE FUNCTION ")
                    .append(Identifiers.quote(t.function()))
                    .append("();\n");
        } else if (ddl instanceof Ddl.DoBlock d) {
            out.append("DO $$\n");
            for (String line : d.lines()) {
                out.append(line).append('\n');
            }
            out.append("$$;\n");
        } else {
            throw new IllegalArgumentException("unknown statement " + ddl);
        }
    }

    private static void createTable(Ddl.CreateTable t, StringBuilder out) {
        out.append("CREATE TABLE ").append(Identifiers.quote(t.name())).append(" (\n");
        int items = t.columns().size() + t.constraints().size();
        int written = 0;
        for (Column c : t.columns()) {
            out.append(INDENT).append(column(c));
            out.append(++written < items ? ",\n" : "\n");
        }
        for (TableConstraint c : t.constraints()) {
            out.append(INDENT).append(constraint(c));
            out.append(++written < items ? ",\n" : "\n");
        }
        out.append(')');
        t.partitionBy().ifPresent(p -> out.append(" PARTITION BY RANGE (")
                .append(Identifiers.quote(p))
                .append(')'));
        out.append(";\n");
    }

    /** One statement's text, as it appears in a migration: for statements written inside a DO block. */
    public static String text(Ddl ddl) {
        StringBuilder out = new StringBuilder();
        statement(ddl, out);
        return out.toString();
    }

    static String column(Column c) {
        StringBuilder out =
                new StringBuilder(Identifiers.quote(c.name())).append(' ').append(type(c.type()));
        if (c.identity()) {
            out.append(" GENERATED ALWAYS AS IDENTITY");
        }
        if (c.notNull() && !c.identity()) {
            out.append(" NOT NULL");
        }
        c.defaultValue().ifPresent(d -> out.append(" DEFAULT ").append(ExprWriter.write(d)));
        return out.toString();
    }

    static String constraint(TableConstraint c) {
        String head = "CONSTRAINT " + Identifiers.quote(c.name()) + " ";
        if (c instanceof TableConstraint.PrimaryKey pk) {
            return head + "PRIMARY KEY (" + names(pk.columns()) + ")";
        }
        if (c instanceof TableConstraint.ForeignKey fk) {
            return head + "FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES " + Identifiers.quote(fk.table()) + " ("
                    + names(fk.referenced()) + ")"
                    + (fk.onDelete() == OnDelete.NO_ACTION
                            ? ""
                            : " ON DELETE " + fk.onDelete().sql())
                    + (fk.deferred() ? " DEFERRABLE INITIALLY DEFERRED" : "");
        }
        if (c instanceof TableConstraint.Unique u) {
            return head + "UNIQUE (" + names(u.columns()) + ")";
        }
        TableConstraint.Check check = (TableConstraint.Check) c;
        return head + "CHECK (" + ExprWriter.write(check.condition()) + ")";
    }

    private static void createIndex(Ddl.CreateIndex i, StringBuilder out) {
        out.append(i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(Identifiers.quote(i.name()))
                .append(" ON ")
                .append(Identifiers.quote(i.table()))
                .append(" (")
                .append(i.keys().stream().map(SqlWriter::key).collect(Collectors.joining(", ")))
                .append(')');
        i.where().ifPresent(w -> out.append(" WHERE ").append(ExprWriter.write(w)));
        out.append(";\n");
    }

    private static String key(Ddl.IndexKey key) {
        String expr = ExprWriter.write(key.expr());
        // an expression key other than a plain column or a function call needs its own parentheses
        boolean bare = key.expr() instanceof Expr.ColumnRef || key.expr() instanceof Expr.Call;
        return (bare ? expr : "(" + expr + ")") + (key.descending() ? " DESC" : "");
    }

    private static void createFunction(Ddl.CreateFunction f, StringBuilder out) {
        out.append("CREATE FUNCTION ")
                .append(Identifiers.quote(f.name()))
                .append("() RETURNS ")
                .append(type(f.returns()))
                .append(" LANGUAGE ")
                .append(f.language())
                .append(" AS $$\n");
        for (String line : f.body()) {
            out.append(line).append('\n');
        }
        out.append("$$;\n");
    }

    static String type(SqlType type) {
        if (type.modifiers().isEmpty()) {
            return type.name();
        }
        return type.name() + type.modifiers().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    private static String names(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }
}
