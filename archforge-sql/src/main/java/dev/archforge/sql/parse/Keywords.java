package dev.archforge.sql.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The leading keywords that name a statement: {@code create index}, {@code alter table}, {@code select}. */
final class Keywords {
    /** Commands PostgreSQL (and psql) accept at the start of a statement. */
    static final Set<String> COMMANDS = Set.of(
            "abort",
            "alter",
            "analyse",
            "analyze",
            "begin",
            "call",
            "checkpoint",
            "close",
            "cluster",
            "comment",
            "commit",
            "copy",
            "create",
            "deallocate",
            "declare",
            "delete",
            "discard",
            "do",
            "drop",
            "end",
            "execute",
            "explain",
            "fetch",
            "grant",
            "import",
            "insert",
            "listen",
            "load",
            "lock",
            "merge",
            "move",
            "notify",
            "prepare",
            "reassign",
            "refresh",
            "reindex",
            "release",
            "reset",
            "revoke",
            "rollback",
            "savepoint",
            "security",
            "select",
            "set",
            "show",
            "start",
            "table",
            "truncate",
            "unlisten",
            "update",
            "vacuum",
            "values",
            "with");

    /** Words between CREATE/DROP and the object type that do not name it. */
    private static final Set<String> MODIFIERS = Set.of(
            "or",
            "replace",
            "temp",
            "temporary",
            "unlogged",
            "global",
            "local",
            "unique",
            "trusted",
            "procedural",
            "recursive",
            "default",
            "constraint");

    /** Object types of more than one word, by their first word. */
    private static final List<List<String>> MULTI_WORD = List.of(
            List.of("materialized", "view"),
            List.of("foreign", "data", "wrapper"),
            List.of("foreign", "table"),
            List.of("text", "search", "configuration"),
            List.of("text", "search", "dictionary"),
            List.of("text", "search", "parser"),
            List.of("text", "search", "template"),
            List.of("event", "trigger"),
            List.of("access", "method"),
            List.of("user", "mapping"),
            List.of("operator", "class"),
            List.of("operator", "family"),
            List.of("default", "privileges"),
            List.of("large", "object"));

    private Keywords() {}

    /** {@code create table}, {@code drop materialized view}, {@code select}: lower case. */
    static String of(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.kind() != TokenKind.WORD) {
            return first.isSymbol("(") ? "select" : first.text().toLowerCase(Locale.ROOT);
        }
        if (!first.isAny("create", "alter", "drop", "comment", "security")) {
            return first.value();
        }
        int i = 1;
        if (first.is("comment") && tokens.size() > 1 && tokens.get(1).is("on")) {
            i = 2;
        }
        while (i < tokens.size()
                && tokens.get(i).kind() == TokenKind.WORD
                && MODIFIERS.contains(tokens.get(i).value())
                && !(tokens.get(i).is("default")
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1).is("privileges"))) {
            i++;
        }
        return first.value() + (i < tokens.size() ? " " + objectType(tokens, i) : "");
    }

    /** The object type starting at {@code i}: one word or a known run of words. */
    static String objectType(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return "";
        }
        for (List<String> words : MULTI_WORD) {
            if (matches(tokens, i, words)) {
                return String.join(" ", words);
            }
        }
        Token t = tokens.get(i);
        return t.kind() == TokenKind.WORD ? t.value() : t.text();
    }

    /** How many tokens {@link #objectType} spans at {@code i}. */
    static int objectTypeLength(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return 0;
        }
        for (List<String> words : MULTI_WORD) {
            if (matches(tokens, i, words)) {
                return words.size();
            }
        }
        return 1;
    }

    private static boolean matches(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).is(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
