package dev.archforge.sql.parse;

import dev.archforge.sql.ast.FirstReads;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works out a script's {@link FirstReads} in one pass over its statements: the INSERT, UPDATE,
 * WITH, SELECT INTO and CREATE TABLE ... AS statements, the tables named after FROM, JOIN or USING,
 * and every identifier they mention.
 */
final class FirstReadScanner {
    private FirstReadScanner() {}

    static FirstReads scan(Script script) {
        Map<String, Integer> tables = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (RawStatement raw : script.statements()) {
            List<Token> tokens = raw.tokens();
            if (!isDataStatement(tokens)) {
                continue;
            }
            int line = raw.line();
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
        return new FirstReads(tables, names);
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
