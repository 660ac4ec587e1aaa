package dev.archforge.bench;

import dev.archforge.sql.parse.RawStatement;
import dev.archforge.sql.parse.Script;
import dev.archforge.sql.parse.ScriptSplitter;
import dev.archforge.sql.parse.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Statement boundaries of SQL files as {@link ScriptSplitter} cuts them, in the format of
 * {@code bench/pgsplit/pgsplit.c} so that {@code bench/verify-split.sh} can compare the two: for each
 * file {@code file<TAB>PATH<TAB>archforge<TAB>N psql meta-commands}, then one {@code
 * stmt<TAB>START<TAB>END} line per SQL statement, where START is the UTF-8 byte offset of its first
 * token and END that of the {@code ;} closing it, or {@code eof}. psql meta-commands are counted,
 * not listed: PostgreSQL's parser never sees them.
 *
 * <pre>java -cp archforge-bench/target/benchmarks.jar dev.archforge.bench.SplitSpans FILE...</pre>
 */
public final class SplitSpans {
    private SplitSpans() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String arg : args) {
            print(arg, Files.readString(Path.of(arg), StandardCharsets.UTF_8), out);
        }
        out.flush();
    }

    static void print(String name, String source, PrintStream out) {
        Script script = ScriptSplitter.split(source);
        int[] bytes = utf8Offsets(source);
        long meta = script.statements().stream()
                .filter(s -> s.kind() == RawStatement.Kind.PSQL_META)
                .count();
        out.println("file\t" + name + "\tarchforge\t" + meta + " psql meta-commands");
        for (RawStatement statement : script.statements()) {
            if (statement.kind() != RawStatement.Kind.SQL) {
                continue;
            }
            String end =
                    statement.terminated() ? String.valueOf(bytes[semicolonAfter(source, statement.last())]) : "eof";
            out.println("stmt\t" + bytes[statement.first().offset()] + "\t" + end);
        }
    }

    /**
     * The offset of the {@code ;} that closes a statement ending with {@code last}: only blanks and
     * comments lie between them. Returns where the scan stopped if something else does.
     */
    static int semicolonAfter(String source, Token last) {
        int i = last.endOffset();
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                i++;
            } else if (source.startsWith("--", i)) {
                while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                i = blockCommentEnd(source, i);
            } else {
                return i;
            }
        }
        return i;
    }

    private static int blockCommentEnd(String source, int start) {
        int depth = 0;
        int i = start;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (source.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /** For each char index of {@code s} (and its length), the UTF-8 byte offset it starts at. */
    static int[] utf8Offsets(String s) {
        int[] offsets = new int[s.length() + 1];
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            offsets[i] = bytes;
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                offsets[++i] = bytes;
                bytes += 4;
            } else {
                bytes += 3;
            }
        }
        offsets[s.length()] = bytes;
        return offsets;
    }
}
