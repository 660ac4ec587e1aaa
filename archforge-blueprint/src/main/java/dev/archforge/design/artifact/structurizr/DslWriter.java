package dev.archforge.design.artifact.structurizr;

import java.util.List;

/**
 * Lines of Structurizr DSL with four-space block indentation. {@link #open} and {@link #close} pair
 * up and {@link #toString()} refuses an unclosed block; {@link #quote} makes any text one token.
 */
final class DslWriter {
    private final StringBuilder out = new StringBuilder(2048);
    private int depth;

    DslWriter line(String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
        return this;
    }

    DslWriter blank() {
        out.append('\n');
        return this;
    }

    /** Starts a block: the header followed by an opening brace. */
    DslWriter open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    DslWriter close() {
        if (depth == 0) {
            throw new IllegalStateException("no open block to close");
        }
        depth--;
        return line("}");
    }

    /** Quoted tokens separated by spaces: {@code "a" "b"}. */
    static String quoted(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(t));
        }
        return b.toString();
    }

    /** A double-quoted token: double quotes inside become single quotes, line breaks spaces. */
    static String quote(String text) {
        return '"' + text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + '"';
    }

    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("a block is still open");
        }
        return out.toString();
    }
}
