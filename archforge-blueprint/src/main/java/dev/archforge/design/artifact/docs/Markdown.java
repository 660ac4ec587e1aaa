package dev.archforge.design.artifact.docs;

import java.util.List;

/**
 * A Markdown document built block by block: headings, paragraphs, lists, tables and fenced code,
 * each separated by one blank line. Table cells are escaped so a {@code |} or a line break in a
 * value cannot break the table.
 */
final class Markdown {
    private final StringBuilder out = new StringBuilder(4096);

    Markdown heading(int level, String text) {
        return block("#".repeat(level) + " " + text);
    }

    Markdown paragraph(String text) {
        return block(text);
    }

    Markdown bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        StringBuilder b = new StringBuilder();
        for (String item : items) {
            b.append("- ").append(item.replace("\n", "\n  ")).append('\n');
        }
        return block(b.substring(0, b.length() - 1));
    }

    Markdown numbered(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            b.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return items.isEmpty() ? this : block(b.substring(0, b.length() - 1));
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(header, b);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append("---|");
        }
        b.append('\n');
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, header " + header.size());
            }
            row(r, b);
        }
        return block(b.substring(0, b.length() - 1));
    }

    Markdown code(String language, String body) {
        return block("```" + language + "\n" + (body.endsWith("\n") ? body : body + "\n") + "```");
    }

    private static void row(List<String> cells, StringBuilder b) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(cell(c)).append(" |");
        }
        b.append('\n');
    }

    /** A table cell: pipes escaped, line breaks as spaces, empty as an em dash. */
    static String cell(String text) {
        String t = text.replace("|", "\\|").replace("\r", "").replace('\n', ' ').strip();
        return t.isEmpty() ? "—" : t;
    }

    /** Inline code. */
    static String code(String text) {
        return "`" + text + "`";
    }

    static String link(String text, String target) {
        return "[" + text + "](" + target + ")";
    }

    private Markdown block(String text) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(text).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
