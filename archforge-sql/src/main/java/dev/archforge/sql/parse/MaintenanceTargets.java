package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The object a VACUUM, ANALYZE, CLUSTER or REINDEX names, read from its tokens. */
final class MaintenanceTargets {
    private MaintenanceTargets() {}

    /**
     * The table (or, for {@code REINDEX INDEX}, the index) after the option list and the flag
     * words; an empty name means the whole database or schema.
     */
    static Maintenance.Target of(List<Token> tokens, Maintenance.Kind kind, Span span) {
        int i = 1;
        while (i < tokens.size() && tokens.get(i).isSymbol("(")) {
            i = skipParenthesized(tokens, i);
        }
        String target = "table";
        if (kind == Maintenance.Kind.REINDEX && i < tokens.size()) {
            target = tokens.get(i).value();
            i++;
        }
        while (i < tokens.size()
                && tokens.get(i).isAny("concurrently", "full", "freeze", "verbose", "analyze", "analyse")) {
            i++;
        }
        List<Ident> parts = new ArrayList<>();
        while (i < tokens.size() && tokens.get(i).isIdentifier()) {
            Token t = tokens.get(i);
            parts.add(new Ident(t.text(), t.value(), t.kind() == TokenKind.QUOTED_IDENTIFIER));
            i++;
            if (i < tokens.size() && tokens.get(i).isSymbol(".")) {
                i++;
            } else {
                break;
            }
        }
        Optional<QualifiedName> name = parts.isEmpty() ? Optional.empty() : Optional.of(new QualifiedName(parts, span));
        return new Maintenance.Target(target, name);
    }

    private static int skipParenthesized(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return tokens.size();
    }
}
