package dev.archforge.design.artifact.diagram;

/**
 * Lines of a Mermaid diagram with block indentation: {@link #open} and {@link #close} pair up, and
 * {@link #toString()} refuses an unclosed block, so every diagram's braces balance.
 */
final class MermaidWriter {
    private final StringBuilder out = new StringBuilder(1024);
    private int depth;

    MermaidWriter(String diagramType) {
        out.append(diagramType).append('\n');
        depth = 1;
    }

    MermaidWriter line(String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
        return this;
    }

    MermaidWriter open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    MermaidWriter close() {
        if (depth <= 1) {
            throw new IllegalStateException("no open block to close");
        }
        depth--;
        return line("}");
    }

    /** A double-quoted Mermaid string: double quotes inside become single quotes, line breaks spaces. */
    static String quote(String text) {
        return '"' + text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + '"';
    }

    @Override
    public String toString() {
        if (depth != 1) {
            throw new IllegalStateException("a block is still open");
        }
        return out.toString();
    }
}
