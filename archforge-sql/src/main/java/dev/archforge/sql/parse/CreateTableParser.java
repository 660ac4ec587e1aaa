package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code CREATE TABLE}; the cursor is at {@code TABLE}, modifiers already read. */
final class CreateTableParser {
    private final Cursor c;
    private final List<Column> columns = new ArrayList<>();
    private final List<TableConstraint> constraints = new ArrayList<>();
    private final List<QualifiedName> likes = new ArrayList<>();
    private final List<QualifiedName> inherits = new ArrayList<>();
    private Optional<String> partitionBy = Optional.empty();
    private Optional<QualifiedName> partitionOf = Optional.empty();
    private boolean asQuery;

    private CreateTableParser(Cursor c) {
        this.c = c;
    }

    static CreateTable parse(Cursor c, Optional<String> persistence) {
        return new CreateTableParser(c).run(persistence);
    }

    private CreateTable run(Optional<String> persistence) {
        c.expect("table");
        boolean ifNotExists = c.acceptAll("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        if (c.accept("of")) {
            c.qualifiedName();
            if (c.atSymbol("(")) {
                elements();
            }
        } else if (c.acceptAll("partition", "of")) {
            partitionOf = Optional.of(c.qualifiedName());
            if (c.atSymbol("(")) {
                elements();
            }
            partitionBound();
        } else if (c.atSymbol("(")) {
            elements();
        }
        options();
        return new CreateTable(
                name,
                columns,
                constraints,
                ifNotExists,
                persistence,
                partitionBy,
                partitionOf,
                inherits,
                likes,
                asQuery,
                Cursor.span(c.first(), c.previous()));
    }

    private void elements() {
        c.expectSymbol("(");
        if (c.acceptSymbol(")")) {
            return;
        }
        do {
            if (c.accept("like")) {
                likes.add(c.qualifiedName());
                while (c.atAny("including", "excluding")) {
                    c.next();
                    c.next();
                }
            } else if (ConstraintParser.atTableConstraint(c)) {
                constraints.add(ConstraintParser.tableConstraint(c).constraint());
            } else {
                columns.add(ConstraintParser.column(c, false));
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    /** {@code FOR VALUES FROM (...) TO (...) | IN (...) | WITH (...)} or {@code DEFAULT}. */
    private void partitionBound() {
        if (c.accept("default")) {
            return;
        }
        c.expect("for");
        c.expect("values");
        if (c.accept("from")) {
            c.skipParenthesized();
            c.expect("to");
            c.skipParenthesized();
        } else if (c.accept("in") || c.accept("with")) {
            c.skipParenthesized();
        } else {
            throw c.fail("FROM, IN or WITH");
        }
    }

    private void options() {
        while (!c.atEnd()) {
            if (c.accept("inherits")) {
                c.expectSymbol("(");
                do {
                    inherits.add(c.qualifiedName());
                } while (c.acceptSymbol(","));
                c.expectSymbol(")");
            } else if (c.acceptAll("partition", "by")) {
                String strategy = c.identifier().value();
                partitionBy = Optional.of(strategy + " (" + c.parenthesizedText() + ")");
            } else if (c.accept("using")) {
                c.identifier();
            } else if (c.accept("with")) {
                if (!c.accept("oids")) {
                    c.skipParenthesized();
                }
            } else if (c.acceptAll("on", "commit")) {
                c.next();
                c.accept("rows");
            } else if (c.accept("tablespace")) {
                c.identifier();

            } else if (c.accept("as")) {
                asQuery = true;
                c.rest();
            } else if (!c.acceptAll("without", "oids")) {
                throw c.fail("the end of CREATE TABLE");
            }
        }
    }
}
