package dev.archforge.sql.parse;

import dev.archforge.sql.ast.AlterType;
import dev.archforge.sql.ast.CommentOn;
import dev.archforge.sql.ast.CreateExtension;
import dev.archforge.sql.ast.CreateFunction;
import dev.archforge.sql.ast.CreateSchema;
import dev.archforge.sql.ast.CreateSequence;
import dev.archforge.sql.ast.CreateTrigger;
import dev.archforge.sql.ast.CreateType;
import dev.archforge.sql.ast.CreateView;
import dev.archforge.sql.ast.DropObject;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.Other;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CREATE, ALTER, DROP and COMMENT statements other than tables and indexes. */
final class DdlParser {
    private DdlParser() {}

    static Statement create(Cursor c) {
        c.expect("create");
        boolean orReplace = c.acceptAll("or", "replace");
        Optional<String> persistence = Optional.empty();
        if (!c.accept("global")) {
            c.accept("local");
        }
        if (c.atAny("temp", "temporary")) {
            c.next();
            persistence = Optional.of("temporary");
        } else if (c.accept("unlogged")) {
            persistence = Optional.of("unlogged");
        }
        if (c.at("table")) {
            return CreateTableParser.parse(c, persistence);
        }
        if (c.atAny("unique", "index")) {
            return IndexParser.create(c);
        }
        if (c.accept("type")) {
            return createType(c);
        }
        if (c.accept("sequence")) {
            boolean ifNotExists = c.acceptAll("if", "not", "exists");
            return new CreateSequence(c.qualifiedName(), ifNotExists, all(c));
        }
        boolean materialized = c.accept("materialized");
        c.accept("recursive");
        if (c.accept("view")) {
            return view(c, materialized, orReplace);
        }
        if (c.accept("extension")) {
            boolean ifNotExists = c.acceptAll("if", "not", "exists");
            String name = c.identifier().value();
            int schema = c.findAtDepthZero("schema");
            Optional<String> in = schema >= 0 && schema + 1 < c.tokens().size()
                    ? Optional.of(c.tokens().get(schema + 1).value())
                    : Optional.empty();
            return new CreateExtension(name, ifNotExists, in, all(c));
        }
        if (c.accept("schema")) {
            boolean ifNotExists = c.acceptAll("if", "not", "exists");
            c.accept("authorization");
            return new CreateSchema(c.identifier().value(), ifNotExists, all(c));
        }
        if (c.atAny("function", "procedure")) {
            boolean procedure = c.next().is("procedure");
            QualifiedName name = c.qualifiedName();
            int language = c.findAtDepthZero("language");
            Optional<String> lang = language >= 0 && language + 1 < c.tokens().size()
                    ? Optional.of(c.tokens().get(language + 1).value().toLowerCase(java.util.Locale.ROOT))
                    : Optional.empty();
            return new CreateFunction(
                    name, procedure, orReplace, lang, StatementShapes.readsTables(c.tokens()), all(c));
        }
        boolean constraint = c.accept("constraint");
        if (c.accept("trigger")) {
            Ident name = c.identifier();
            int on = c.findAtDepthZero("on");
            if (on < 0) {
                c.reset(c.tokens().size());
                throw c.fail("ON table");
            }
            c.reset(on + 1);
            return new CreateTrigger(name, c.qualifiedName(), constraint, orReplace, all(c));
        }
        return other(c);
    }

    private static CreateType createType(Cursor c) {
        QualifiedName name = c.qualifiedName();
        if (!c.accept("as")) {
            return new CreateType(
                    name, c.atSymbol("(") ? CreateType.Kind.BASE : CreateType.Kind.SHELL, List.of(), all(c));
        }
        if (c.accept("enum")) {
            c.expectSymbol("(");
            List<String> values = new ArrayList<>();
            if (!c.atSymbol(")")) {
                do {
                    values.add(string(c));
                } while (c.acceptSymbol(","));
            }
            c.expectSymbol(")");
            return new CreateType(name, CreateType.Kind.ENUM, values, all(c));
        }
        return new CreateType(
                name, c.accept("range") ? CreateType.Kind.RANGE : CreateType.Kind.COMPOSITE, List.of(), all(c));
    }

    private static CreateView view(Cursor c, boolean materialized, boolean orReplace) {
        c.acceptAll("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        int as = c.findAtDepthZero("as");
        if (as < 0) {
            c.reset(c.tokens().size());
            throw c.fail("AS query");
        }
        c.reset(as + 1);
        return new CreateView(name, materialized, orReplace, c.rest(), all(c));
    }

    /** The cursor is after {@code ALTER TYPE}. */
    static AlterType alterType(Cursor c) {
        QualifiedName name = c.qualifiedName();
        if (c.acceptAll("add", "value")) {
            boolean ifNotExists = c.acceptAll("if", "not", "exists");
            return new AlterType(name, AlterType.Action.ADD_VALUE, List.of(string(c)), ifNotExists, all(c));
        }
        if (c.acceptAll("rename", "value")) {
            String from = string(c);
            c.expect("to");
            return new AlterType(name, AlterType.Action.RENAME_VALUE, List.of(from, string(c)), false, all(c));
        }
        if (c.acceptAll("rename", "to")) {
            return new AlterType(
                    name, AlterType.Action.RENAME, List.of(c.identifier().value()), false, all(c));
        }
        return new AlterType(name, AlterType.Action.OTHER, List.of(), false, all(c));
    }

    /** The cursor is at {@code DROP}. */
    static Statement drop(Cursor c) {
        c.expect("drop");
        if (c.accept("index")) {
            return IndexParser.drop(c);
        }
        String type = Keywords.objectType(c.tokens(), c.position());
        c.reset(c.position() + Keywords.objectTypeLength(c.tokens(), c.position()));
        boolean ifExists = c.acceptAll("if", "exists");
        List<QualifiedName> names = new ArrayList<>();
        while (c.atIdentifier() && !c.atAny("cascade", "restrict")) {
            names.add(c.qualifiedName());
            c.skipParenthesized();
            if (c.accept("on") && c.atIdentifier()) {
                c.qualifiedName();
            }
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        boolean cascade = c.accept("cascade");
        c.accept("restrict");
        if (type.equals("table")) {
            if (!c.atEnd() || names.isEmpty()) {
                throw c.fail(names.isEmpty() ? "a table name" : "the end of DROP TABLE");
            }
            return new DropTable(names, ifExists, cascade, all(c));
        }
        return new DropObject(type, names, ifExists, cascade, all(c));
    }

    /** The cursor is at {@code COMMENT}. */
    static CommentOn comment(Cursor c) {
        c.expect("comment");
        c.expect("on");
        String type = Keywords.objectType(c.tokens(), c.position());
        c.reset(c.position() + Keywords.objectTypeLength(c.tokens(), c.position()));
        int is = c.findAtDepthZero("is");
        if (is < 0) {
            c.reset(c.tokens().size());
            throw c.fail("IS 'text'");
        }
        String target = c.text(c.position(), is);
        c.reset(is + 1);
        Optional<String> text = c.accept("null") ? Optional.empty() : Optional.of(string(c));
        return new CommentOn(type, target, text, all(c));
    }

    static Other other(Cursor c) {
        return new Other(Keywords.of(c.tokens()), all(c));
    }

    private static String string(Cursor c) {
        Token t = c.peek();
        if (t.kind() != TokenKind.STRING && t.kind() != TokenKind.DOLLAR_STRING) {
            throw c.fail("a string literal");
        }
        c.next();
        return t.value();
    }

    /** The span of the whole statement. */
    static Span all(Cursor c) {
        List<Token> tokens = c.tokens();
        return Cursor.span(tokens.get(0), tokens.get(tokens.size() - 1));
    }
}
