package dev.archforge.sql.parse;

import dev.archforge.sql.ast.AlterIndex;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code CREATE INDEX}, {@code ALTER INDEX} and {@code DROP INDEX}. */
final class IndexParser {
    private IndexParser() {}

    /** The cursor is at {@code UNIQUE} or {@code INDEX}. */
    static CreateIndex create(Cursor c) {
        boolean unique = c.accept("unique");
        c.expect("index");
        boolean concurrently = c.accept("concurrently");
        boolean ifNotExists = c.acceptAll("if", "not", "exists");
        Optional<Ident> name = c.at("on") ? Optional.empty() : Optional.of(c.identifier());
        c.expect("on");
        boolean only = c.accept("only");
        QualifiedName table = c.qualifiedName();
        c.acceptSymbol("*");
        Optional<String> method = c.accept("using") ? Optional.of(c.identifier().value()) : Optional.empty();
        c.expectSymbol("(");
        List<IndexElement> elements = new ArrayList<>();
        do {
            elements.add(element(c));
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        List<Ident> include = c.accept("include") ? c.identifierList() : List.of();
        if (!c.acceptAll("nulls", "not", "distinct")) {
            c.acceptAll("nulls", "distinct");
        }
        if (c.accept("with")) {
            c.skipParenthesized();
        }
        if (c.accept("tablespace")) {
            c.identifier();
        }
        Optional<String> where = c.accept("where") ? Optional.of(c.rest()) : Optional.empty();
        if (!c.atEnd()) {
            throw c.fail("the end of CREATE INDEX");
        }
        return new CreateIndex(
                name,
                table,
                unique,
                concurrently,
                ifNotExists,
                only,
                method,
                elements,
                include,
                where,
                Cursor.span(c.first(), c.previous()));
    }

    private static IndexElement element(Cursor c) {
        Token start = c.peek();
        int from = c.position();
        Optional<Ident> column = Optional.empty();
        if (c.atSymbol("(")) {
            c.skipParenthesized();
        } else if (c.atIdentifier()) {
            QualifiedName name = c.qualifiedName();
            if (c.atSymbol("(")) {
                c.skipParenthesized();
            } else if (name.parts().size() == 1) {
                column = Optional.of(name.parts().get(0));
            }
        } else {
            throw c.fail("an index column or expression");
        }
        String text = c.text(from, c.position());
        Optional<String> collation = Optional.empty();
        if (c.accept("collate")) {
            collation = Optional.of(c.qualifiedName().raw().toLowerCase(java.util.Locale.ROOT));
        }
        Optional<String> opclass = Optional.empty();
        if (c.atIdentifier() && !c.atAny("asc", "desc", "nulls")) {
            opclass = Optional.of(c.qualifiedName().raw().toLowerCase(java.util.Locale.ROOT));
            c.skipParenthesized();
        }
        boolean descending = false;
        if (!c.accept("asc")) {
            descending = c.accept("desc");
        }
        if (c.accept("nulls")) {
            c.next();
        }
        return new IndexElement(text, column, collation, opclass, descending, c.spanFrom(start));
    }

    /** The cursor is after {@code DROP INDEX}. */
    static DropIndex drop(Cursor c) {
        boolean concurrently = c.accept("concurrently");
        boolean ifExists = c.acceptAll("if", "exists");
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(c.qualifiedName());
        } while (c.acceptSymbol(","));
        boolean cascade = c.accept("cascade");
        c.accept("restrict");
        if (!c.atEnd()) {
            throw c.fail("the end of DROP INDEX");
        }
        return new DropIndex(names, concurrently, ifExists, cascade, Cursor.span(c.first(), c.previous()));
    }

    /** The cursor is after {@code ALTER INDEX}. */
    static AlterIndex alter(Cursor c) {
        Optional<QualifiedName> index = Optional.empty();
        boolean ifExists = false;
        AlterIndex.Action action;
        if (c.acceptAll("all", "in", "tablespace")) {
            action = allInTablespace(c);
        } else {
            ifExists = c.acceptAll("if", "exists");
            index = Optional.of(c.qualifiedName());
            action = alterAction(c);
        }
        if (!c.atEnd()) {
            throw c.fail("the end of ALTER INDEX");
        }
        return new AlterIndex(index, ifExists, action, Cursor.span(c.first(), c.previous()));
    }

    private static AlterIndex.Action alterAction(Cursor c) {
        if (c.acceptAll("rename", "to")) {
            return new AlterIndex.Action.Rename(c.identifier());
        }
        if (c.acceptAll("attach", "partition")) {
            return new AlterIndex.Action.AttachPartition(c.qualifiedName());
        }
        if (c.acceptAll("set", "tablespace")) {
            return new AlterIndex.Action.SetTablespace(c.identifier());
        }
        if (c.accept("set")) {
            return new AlterIndex.Action.SetStorage(c.parenthesizedText());
        }
        if (c.accept("reset")) {
            return new AlterIndex.Action.ResetStorage(c.parenthesizedText());
        }
        boolean no = c.accept("no");
        if (c.acceptAll("depends", "on", "extension")) {
            return new AlterIndex.Action.DependsOnExtension(no, c.identifier());
        }
        if (!no && c.accept("alter")) {
            c.accept("column");
            int column = columnNumber(c);
            c.expect("set");
            c.expect("statistics");
            return new AlterIndex.Action.SetStatistics(column, c.expressionUntil(Set.of()));
        }
        throw c.fail(no ? "DEPENDS ON EXTENSION" : "RENAME TO, ATTACH PARTITION, SET, RESET, DEPENDS ON or ALTER");
    }

    /** The cursor is after {@code ALTER INDEX ALL IN TABLESPACE}. */
    private static AlterIndex.Action allInTablespace(Cursor c) {
        Ident from = c.identifier();
        List<Ident> owners = new ArrayList<>();
        if (c.acceptAll("owned", "by")) {
            do {
                owners.add(c.identifier());
            } while (c.acceptSymbol(","));
        }
        c.expect("set");
        c.expect("tablespace");
        Ident to = c.identifier();
        return new AlterIndex.Action.AllInTablespace(from, owners, to, c.accept("nowait"));
    }

    private static int columnNumber(Cursor c) {
        Token t = c.peek();
        if (t.kind() != TokenKind.NUMBER || !t.text().matches("[0-9]{1,9}")) {
            throw c.fail("a column number");
        }
        c.next();
        return Integer.parseInt(t.text());
    }
}
