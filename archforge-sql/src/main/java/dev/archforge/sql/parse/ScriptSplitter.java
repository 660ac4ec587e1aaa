package dev.archforge.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a script into statements the way psql does: at a {@code ;} outside parentheses (and outside
 * the {@code BEGIN ATOMIC ... END} body of a SQL-standard function), each psql meta-command line
 * as a statement of its own, and {@code COPY ... FROM stdin;} together with its data lines up to
 * {@code \.}. Empty statements are dropped. Never throws. Statements keep where their tokens are
 * in the source, not the tokens ({@link RawStatement}).
 */
public final class ScriptSplitter {
    private final String source;
    private final Lexer lexer;
    private final List<RawStatement> statements = new ArrayList<>();
    private List<Token> pending = new ArrayList<>();
    private int parenDepth;
    private int atomicDepth;
    /** A meta-command came between the lines of the pending statement: it keeps its tokens. */
    private boolean interrupted;

    private final Cut onCut;

    /** Told of each statement as it is cut, with the tokens the splitter has just read for it. */
    @FunctionalInterface
    public interface Cut {
        void statement(RawStatement statement, List<Token> tokens);
    }

    private ScriptSplitter(String source, Cut onCut) {
        this.source = source;
        this.lexer = new Lexer(source);
        this.onCut = onCut;
    }

    public static Script split(String source) {
        return split(source, (statement, tokens) -> {});
    }

    /**
     * Splits {@code source}, handing each statement's tokens to {@code onCut} as it is cut: a caller
     * that parses there reads the script once, where {@link RawStatement#tokens()} would read each
     * statement again, and only one statement's tokens are alive at a time.
     */
    public static Script split(String source, Cut onCut) {
        ScriptSplitter s = new ScriptSplitter(source, onCut);
        s.run();
        return new Script(source, s.statements, s.lexer.comments(), s.lexer.problems());
    }

    private void run() {
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            if (t.kind() == TokenKind.PSQL_META) {
                meta(t);
            } else if (t.isSymbol(";") && parenDepth == 0 && atomicDepth == 0) {
                flush(true);
            } else {
                track(t);
                pending.add(t);
            }
        }
        flush(false);
    }

    private void meta(Token t) {
        String command = t.value().toLowerCase(Locale.ROOT);
        if (command.startsWith("\\g") && !pending.isEmpty()) {
            flush(true);
        }
        Optional<Token> data = Optional.empty();
        if (command.startsWith("\\copy") && command.matches("(?s).*\\bfrom\\s+(stdin|pstdin)\\b.*")) {
            data = Optional.of(lexer.copyData());
        }
        interrupted |= !pending.isEmpty();
        add(
                new RawStatement(RawStatement.Kind.PSQL_META, source, lexer.words(), List.of(t), false, data, false),
                List.of(t));
    }

    private void add(RawStatement statement, List<Token> tokens) {
        statements.add(statement);
        onCut.statement(statement, tokens);
    }

    private void track(Token t) {
        if (t.isSymbol("(")) {
            parenDepth++;
        } else if (t.isSymbol(")")) {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (opensOrClosesAtomic(t) && !followsDotOrAs() && isRoutineDefinition()) {
            if (t.is("atomic") && pending.get(pending.size() - 1).is("begin")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && t.is("case")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && t.is("end")) {
                atomicDepth--;
            }
        }
    }

    /** The words that can change the depth, tested first: this runs for every word of a script. */
    private boolean opensOrClosesAtomic(Token t) {
        return t.is("atomic") || (atomicDepth > 0 && t.isAny("case", "end"));
    }

    /** After {@code .} or {@code AS} any keyword is a name: {@code t.end} and {@code AS case} open or close nothing. */
    private boolean followsDotOrAs() {
        if (pending.isEmpty()) {
            return false;
        }
        Token previous = pending.get(pending.size() - 1);
        return previous.isSymbol(".") || previous.is("as");
    }

    private boolean isRoutineDefinition() {
        if (pending.isEmpty() || !pending.get(0).is("create")) {
            return false;
        }
        for (int i = 1; i < Math.min(pending.size(), 4); i++) {
            if (pending.get(i).isAny("function", "procedure")) {
                return true;
            }
        }
        return false;
    }

    private void flush(boolean terminated) {
        parenDepth = 0;
        atomicDepth = 0;
        if (pending.isEmpty()) {
            return;
        }
        List<Token> tokens = pending;
        pending = new ArrayList<>();
        boolean keep = interrupted;
        interrupted = false;
        Optional<Token> data = terminated && isCopyFromStdin(tokens) ? Optional.of(lexer.copyData()) : Optional.empty();
        add(new RawStatement(RawStatement.Kind.SQL, source, lexer.words(), tokens, keep, data, terminated), tokens);
    }

    private static boolean isCopyFromStdin(List<Token> tokens) {
        if (!tokens.get(0).is("copy")) {
            return false;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("from") && tokens.get(i + 1).isAny("stdin", "pstdin")) {
                return true;
            }
        }
        return false;
    }
}
