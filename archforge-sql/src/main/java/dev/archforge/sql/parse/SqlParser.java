package dev.archforge.sql.parse;

import dev.archforge.sql.ast.ParseProblem;
import dev.archforge.sql.ast.ParsedScript;
import dev.archforge.sql.ast.Privilege;
import dev.archforge.sql.ast.PsqlMeta;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the statements of a {@link Script} into the AST, one for one. A statement that does not
 * fit the grammar becomes a {@link ParseProblem} with the place where reading stopped; the other
 * statements are still parsed. Never throws on any input.
 */
public final class SqlParser {
    private SqlParser() {}

    /** Splits and parses a whole file, ready for the review: each statement parsed as it is cut, so read once. */
    public static ParsedScript read(String source) {
        List<Statement> parsed = new ArrayList<>();
        Script script = ScriptSplitter.split(source, (raw, tokens) -> parsed.add(parse(raw, tokens)));
        return new ParsedScript(parsed, script.comments(), script.problems(), () -> FirstReadScanner.scan(script));
    }

    /**
     * The statements of the script with what rules need from its text: comments, source problems
     * and, on first use, where its data statements read. Rules get this, never the tokens.
     */
    public static ParsedScript read(Script script) {
        return new ParsedScript(
                parse(script), script.comments(), script.problems(), () -> FirstReadScanner.scan(script));
    }

    /** Splits and parses a whole script. */
    public static List<Statement> parse(String sql) {
        return parse(ScriptSplitter.split(sql));
    }

    /** One statement per statement of the script, in order. */
    public static List<Statement> parse(Script script) {
        List<Statement> out = new ArrayList<>(script.statements().size());
        for (RawStatement raw : script.statements()) {
            out.add(parse(raw));
        }
        return out;
    }

    public static Statement parse(RawStatement raw) {
        return parse(raw, raw.tokens());
    }

    /** {@code raw} parsed from {@code tokens}, which are its tokens. */
    private static Statement parse(RawStatement raw, List<Token> tokens) {
        if (raw.kind() == RawStatement.Kind.PSQL_META) {
            return meta(tokens.get(0));
        }
        Cursor c = new Cursor(tokens);
        try {
            return dispatch(c);
        } catch (SyntaxError e) {
            return new ParseProblem(
                    e.getMessage(),
                    Keywords.of(tokens),
                    Cursor.span(e.at(), e.at()),
                    Cursor.span(tokens.get(0), tokens.get(tokens.size() - 1)));
        }
    }

    private static Statement dispatch(Cursor c) {
        Token first = c.peek();
        if (first.isSymbol("(")) {
            return DdlParser.other(c);
        }
        if (first.kind() != TokenKind.WORD || !Keywords.COMMANDS.contains(first.value())) {
            throw new SyntaxError("expected a SQL command but found '" + first.text() + "'", first);
        }
        return switch (first.value()) {
            case "create" -> DdlParser.create(c);
            case "alter" -> alter(c);
            case "drop" -> DdlParser.drop(c);
            case "comment" -> DdlParser.comment(c);
            case "do" -> CommandParser.doBlock(c);
            case "insert", "update", "delete", "with" -> CommandParser.dataChange(c);
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" ->
                CommandParser.transaction(c);
            case "prepare" -> c.peek(1).is("transaction") ? CommandParser.transaction(c) : DdlParser.other(c);
            case "set" -> CommandParser.set(c);
            case "reset" -> CommandParser.reset(c);
            case "select" -> CommandParser.select(c);
            case "vacuum", "analyze", "analyse", "cluster", "reindex" -> CommandParser.maintenance(c);
            case "grant", "revoke" -> new Privilege(first.is("grant"), DdlParser.all(c));
            case "copy" -> CommandParser.copy(c);
            default -> DdlParser.other(c);
        };
    }

    private static Statement alter(Cursor c) {
        c.expect("alter");
        if (c.at("table") && !c.peek(1).is("all")) {
            c.next();
            return AlterTableParser.parse(c);
        }
        if (c.accept("index")) {
            return IndexParser.alter(c);
        }
        if (c.accept("type")) {
            return DdlParser.alterType(c);
        }
        return DdlParser.other(c);
    }

    private static PsqlMeta meta(Token t) {
        String text = t.value().substring(1);
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return new PsqlMeta(
                text.substring(0, space),
                text.substring(space).strip(),
                new Span(t.line(), t.column(), t.endLine(), t.endColumn()));
    }
}
