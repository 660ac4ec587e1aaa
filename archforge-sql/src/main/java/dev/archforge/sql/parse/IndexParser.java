package dev.archforge.sql.parse;

import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code CREATE INDEX} and {@code DROP INDEX}. */
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
        if (c.accept("collate")) {
            c.qualifiedName();
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
        return new IndexElement(text, column, opclass, descending, c.spanFrom(start));
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
}
