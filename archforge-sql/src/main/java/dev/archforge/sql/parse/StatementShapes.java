package dev.archforge.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Shapes of statement parts the AST records as facts: a WHERE that only joins, a function body that reads tables. */
final class StatementShapes {
    /** A SELECT or PERFORM that reads FROM a relation (not {@code extract(... from now())}). */
    private static final Pattern READS =
            Pattern.compile("\\b(select|perform)\\b[\\s\\S]*?\\bfrom\\s++[\"a-z_][\\w.\"]*+\\s*+(?!\\()");

    private StatementShapes() {}

    /**
     * True when {@code condition} (the tokens after WHERE) is one or more {@code a.x = b.y}
     * comparisons of columns joined by AND: it pairs rows up and filters none out.
     */
    static boolean onlyJoins(List<Token> condition) {
        List<List<Token>> conjuncts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : condition) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth == 0 && t.isAny("or", "returning")) {
                return t.is("returning") && !current.isEmpty() && allJoins(add(conjuncts, current));
            }
            if (depth == 0 && t.is("and")) {
                conjuncts.add(current);
                current = new ArrayList<>();
            } else if (!t.isSymbol(";")) {
                current.add(t);
            }
        }
        return !current.isEmpty() && allJoins(add(conjuncts, current));
    }

    private static List<List<Token>> add(List<List<Token>> conjuncts, List<Token> last) {
        conjuncts.add(last);
        return conjuncts;
    }

    private static boolean allJoins(List<List<Token>> conjuncts) {
        return conjuncts.stream().allMatch(StatementShapes::isJoin);
    }

    /** {@code name(.name)* = name(.name)*} with a qualified column on at least one side. */
    private static boolean isJoin(List<Token> tokens) {
        int eq = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("=")) {
                eq = i;
                break;
            }
        }
        if (eq < 0) {
            return false;
        }
        List<Token> left = tokens.subList(0, eq);
        List<Token> right = tokens.subList(eq + 1, tokens.size());
        return isName(left) && isName(right) && (left.size() > 1 || right.size() > 1);
    }

    private static boolean isName(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean ok = i % 2 == 0 ? t.isIdentifier() && !t.isAny("true", "false", "null") : t.isSymbol(".");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when a quoted function body among {@code tokens} selects from a table. */
    static boolean readsTables(List<Token> tokens) {
        for (Token t : tokens) {
            if ((t.kind() == TokenKind.DOLLAR_STRING || t.kind() == TokenKind.STRING)
                    && READS.matcher(t.text().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
