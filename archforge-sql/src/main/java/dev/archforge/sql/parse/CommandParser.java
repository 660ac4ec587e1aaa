package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Copy;
import dev.archforge.sql.ast.Delete;
import dev.archforge.sql.ast.DoBlock;
import dev.archforge.sql.ast.Insert;
import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.SetParameter;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Transaction;
import dev.archforge.sql.ast.Update;
import java.util.List;
import java.util.Optional;

/** Data changes, session settings, transaction control and maintenance commands. */
final class CommandParser {
    private CommandParser() {}

    /** INSERT, UPDATE or DELETE, possibly after a WITH clause; other queries are {@code Other}. */
    static Statement dataChange(Cursor c) {
        if (c.at("with")) {
            int main = mainVerb(c.tokens());
            if (main < 0) {
                return DdlParser.other(c);
            }
            c.reset(main);
        }
        if (c.accept("insert")) {
            c.expect("into");
            QualifiedName table = c.qualifiedName();
            boolean literalRows = c.findAtDepthZero("values") >= 0 && c.findAtDepthZero("select") < 0;
            return new Insert(table, literalRows, DdlParser.all(c));
        }
        if (c.accept("update")) {
            c.accept("only");
            QualifiedName table = c.qualifiedName();
            int where = c.findAtDepthZero("where");
            int from = c.findAtDepthZero("from");
            boolean hasFrom = from >= 0 && (where < 0 || from < where);
            boolean onlyJoins = where >= 0
                    && StatementShapes.onlyJoins(
                            c.tokens().subList(where + 1, c.tokens().size()));
            return new Update(table, where >= 0, hasFrom, onlyJoins, DdlParser.all(c));
        }
        if (c.accept("delete")) {
            c.expect("from");
            c.accept("only");
            QualifiedName table = c.qualifiedName();
            return new Delete(table, c.findAtDepthZero("where") >= 0, DdlParser.all(c));
        }
        return DdlParser.other(c);
    }

    /** The index of the statement's main verb after its WITH list, or -1. */
    private static int mainVerb(List<Token> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isAny("insert", "update", "delete", "select", "merge", "values")) {
                return i;
            }
        }
        return -1;
    }

    static SetParameter set(Cursor c) {
        c.expect("set");
        boolean local = c.accept("local");
        if (c.acceptAll("session", "authorization")) {
            return setParameter("session authorization", value(c), local, c);
        }
        c.accept("session");
        if (c.acceptAll("time", "zone")) {
            return setParameter("time zone", value(c), local, c);
        }
        if (c.accept("schema")) {
            return setParameter("search_path", value(c), local, c);
        }
        if (c.atAny("role", "constraints", "transaction", "names")) {
            String name = c.next().value();
            return setParameter(name, value(c), local, c);
        }
        QualifiedName name = c.qualifiedName();
        if (!c.acceptSymbol("=")) {
            c.expect("to");
        }
        String joined =
                String.join(".", name.parts().stream().map(p -> p.value()).toList());
        return setParameter(joined, value(c), local, c);
    }

    /** The setting, with its value also read as a list of names when it is one. */
    private static SetParameter setParameter(String name, String value, boolean local, Cursor c) {
        return new SetParameter(name, value, local, NameLists.read(value), DdlParser.all(c));
    }

    /** {@code RESET name}, which is {@code SET name TO DEFAULT}; {@code RESET ALL} names {@code all}. */
    static Statement reset(Cursor c) {
        c.expect("reset");
        String name;
        if (c.acceptAll("session", "authorization")) {
            name = "session authorization";
        } else if (c.acceptAll("time", "zone")) {
            name = "time zone";
        } else {
            name = String.join(
                    ".", c.qualifiedName().parts().stream().map(p -> p.value()).toList());
        }
        if (!c.atEnd()) {
            throw c.fail("the end of RESET");
        }
        return setParameter(name, "DEFAULT", false, c);
    }

    /**
     * A query; {@code SELECT [pg_catalog.]set_config('name', 'value', is_local)} alone, as
     * pg_dump writes it, is the SET it stands for.
     */
    static Statement select(Cursor c) {
        c.expect("select");
        if (c.at("pg_catalog") && c.peek(1).isSymbol(".")) {
            c.next();
            c.next();
        }
        if (c.accept("set_config") && c.acceptSymbol("(")) {
            Token name = c.next();
            boolean comma = c.acceptSymbol(",");
            Token value = c.next();
            if (name.kind() == TokenKind.STRING
                    && comma
                    && value.kind() == TokenKind.STRING
                    && c.acceptSymbol(",")
                    && c.atAny("true", "false")) {
                boolean local = c.next().is("true");
                if (c.acceptSymbol(")") && c.atEnd()) {
                    return setParameter(name.value().toLowerCase(java.util.Locale.ROOT), value.value(), local, c);
                }
            }
        }
        return DdlParser.other(c);
    }

    /** The rest of the statement; a lone string literal is unquoted. */
    private static String value(Cursor c) {
        if (c.position() == c.tokens().size() - 1 && c.peek().kind() == TokenKind.STRING) {
            return c.next().value();
        }
        return c.rest();
    }

    static Transaction transaction(Cursor c) {
        Token first = c.peek();
        Transaction.Kind kind;
        if (first.isAny("begin", "start")) {
            kind = Transaction.Kind.BEGIN;
        } else if (first.isAny("commit", "end")) {
            kind = Transaction.Kind.COMMIT;
        } else if (first.isAny("rollback", "abort")) {
            kind = Transaction.Kind.ROLLBACK;
        } else if (first.is("savepoint")) {
            kind = Transaction.Kind.SAVEPOINT;
        } else if (first.is("release")) {
            kind = Transaction.Kind.RELEASE;
        } else {
            kind = Transaction.Kind.PREPARE;
        }
        boolean toSavepoint =
                kind == Transaction.Kind.ROLLBACK && c.tokens().stream().anyMatch(t -> t.is("to"));
        return new Transaction(kind, toSavepoint, DdlParser.all(c));
    }

    static Maintenance maintenance(Cursor c) {
        Token first = c.peek();
        Maintenance.Kind kind;
        if (first.is("vacuum")) {
            kind = Maintenance.Kind.VACUUM;
        } else if (first.is("cluster")) {
            kind = Maintenance.Kind.CLUSTER;
        } else if (first.is("reindex")) {
            kind = Maintenance.Kind.REINDEX;
        } else {
            kind = Maintenance.Kind.ANALYZE;
        }
        boolean full = c.tokens().stream().anyMatch(t -> t.is("full"));
        boolean concurrently = c.tokens().stream().anyMatch(t -> t.is("concurrently"));
        Span span = DdlParser.all(c);
        return new Maintenance(kind, full, concurrently, MaintenanceTargets.of(c.tokens(), kind, span), span);
    }

    static Copy copy(Cursor c) {
        c.expect("copy");
        c.accept("binary");
        Optional<QualifiedName> table = c.atSymbol("(") ? Optional.empty() : Optional.of(c.qualifiedName());
        c.skipParenthesized();
        boolean from = c.accept("from");
        if (!from) {
            c.expect("to");
        }
        boolean stdin = c.atAny("stdin", "stdout", "pstdin", "pstdout");
        return new Copy(table, from, stdin, DdlParser.all(c));
    }

    static DoBlock doBlock(Cursor c) {
        c.expect("do");
        Optional<String> language = Optional.empty();
        if (c.accept("language")) {
            language = Optional.of(c.next().value());
        }
        Token body = c.next();
        if (body.kind() != TokenKind.STRING && body.kind() != TokenKind.DOLLAR_STRING) {
            c.reset(c.position() - 1);
            throw c.fail("the code block as a string");
        }
        if (c.accept("language")) {
            language = Optional.of(c.next().value());
        }
        return new DoBlock(language, body.value(), DdlParser.all(c));
    }
}
