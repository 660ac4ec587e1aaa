package dev.archforge.sql.parse;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code ALTER TABLE}; the cursor is after {@code ALTER TABLE}. Unmodelled actions become text. */
final class AlterTableParser {
    private final Cursor c;

    private AlterTableParser(Cursor c) {
        this.c = c;
    }

    static AlterTable parse(Cursor c) {
        return new AlterTableParser(c).run();
    }

    private AlterTable run() {
        boolean ifExists = c.acceptAll("if", "exists");
        boolean only = c.accept("only");
        QualifiedName table = c.qualifiedName();
        c.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        do {
            actions.add(action());
        } while (c.acceptSymbol(","));
        if (!c.atEnd()) {
            throw c.fail("',' or the end of ALTER TABLE");
        }
        return new AlterTable(table, only, ifExists, actions, Cursor.span(c.first(), c.previous()));
    }

    private AlterAction action() {
        Token start = c.peek();
        int startPos = c.position();
        if (c.accept("add")) {
            if (ConstraintParser.atTableConstraint(c)) {
                ConstraintParser.Parsed p = ConstraintParser.tableConstraint(c);
                return new AlterAction.AddConstraint(p.constraint(), p.notValid(), c.spanFrom(start));
            }
            c.accept("column");
            boolean ifNotExists = c.acceptAll("if", "not", "exists");
            return new AlterAction.AddColumn(ConstraintParser.column(c, true), ifNotExists, c.spanFrom(start));
        }
        if (c.accept("drop")) {
            if (c.accept("constraint")) {
                boolean ifExists = c.acceptAll("if", "exists");
                Ident name = c.identifier();
                return new AlterAction.DropConstraint(name, ifExists, cascade(), c.spanFrom(start));
            }
            c.accept("column");
            boolean ifExists = c.acceptAll("if", "exists");
            Ident column = c.identifier();
            return new AlterAction.DropColumn(column, ifExists, cascade(), c.spanFrom(start));
        }
        if (c.accept("alter")) {
            c.accept("column");
            Ident column = c.identifier();
            Optional<AlterAction> a = alterColumn(column, start);
            if (a.isPresent()) {
                return a.get();
            }
        } else if (c.acceptAll("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(c.identifier(), c.spanFrom(start));
        } else if (c.accept("rename")) {
            return rename(start);
        } else if (c.acceptAll("attach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            return new AlterAction.AttachPartition(partition, c.rest(), c.spanFrom(start));
        } else if (c.acceptAll("detach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            boolean concurrently = c.accept("concurrently");
            c.accept("finalize");
            return new AlterAction.DetachPartition(partition, concurrently, c.spanFrom(start));
        }
        c.reset(startPos);
        String text = c.expressionUntil(Set.of());
        return new AlterAction.OtherAction(text, c.spanFrom(start));
    }

    private Optional<AlterAction> alterColumn(Ident column, Token start) {
        if (c.acceptAll("set", "data", "type") || c.accept("type")) {
            DataType type = TypeParser.parse(c);
            if (c.accept("collate")) {
                c.qualifiedName();
            }
            Optional<String> using = c.accept("using") ? Optional.of(c.expressionUntil(Set.of())) : Optional.empty();
            return Optional.of(new AlterAction.AlterColumnType(column, type, using, c.spanFrom(start)));
        }
        if (c.acceptAll("set", "not", "null")) {
            return Optional.of(new AlterAction.SetNotNull(column, c.spanFrom(start)));
        }
        if (c.acceptAll("drop", "not", "null")) {
            return Optional.of(new AlterAction.DropNotNull(column, c.spanFrom(start)));
        }
        if (c.acceptAll("set", "default")) {
            String expr = c.expressionUntil(Set.of());
            return Optional.of(new AlterAction.SetDefault(column, expr, c.spanFrom(start)));
        }
        if (c.acceptAll("drop", "default")) {
            return Optional.of(new AlterAction.DropDefault(column, c.spanFrom(start)));
        }
        return Optional.empty();
    }

    private AlterAction rename(Token start) {
        if (c.accept("constraint")) {
            Ident from = c.identifier();
            c.expect("to");
            return new AlterAction.RenameConstraint(from, c.identifier(), c.spanFrom(start));
        }
        if (c.accept("to")) {
            return new AlterAction.RenameTable(c.identifier(), c.spanFrom(start));
        }
        c.accept("column");
        Ident from = c.identifier();
        c.expect("to");
        return new AlterAction.RenameColumn(from, c.identifier(), c.spanFrom(start));
    }

    private boolean cascade() {
        if (c.accept("cascade")) {
            return true;
        }
        c.accept("restrict");
        return false;
    }
}
