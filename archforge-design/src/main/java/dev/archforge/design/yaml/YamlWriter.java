package dev.archforge.design.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps, lists and scalars as block YAML. Deterministic: maps are written in their
 * iteration order (use {@link java.util.LinkedHashMap} or a sorted map), strings are quoted only when
 * a reader would otherwise take them for something else, numbers print without exponent.
 *
 * <p>Supported values: {@link Map} with string keys, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, {@link Commented}. Multi-line strings become literal blocks ({@code |}).
 */
public final class YamlWriter {
    /** Besides letters and digits: what a plain scalar may start with, and what it may hold. */
    private static final String START = "_./()$+=~^-";

    private static final String REST = " _./()$@+=~^%:,'[]{}*!&|<>?-";
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.inf|\\.nan|[0-9]{4}-[0-9]{2}-[0-9]{2}.*)");

    private YamlWriter() {}

    /** The YAML text of {@code root}, ending with a newline. */
    public static String write(Object root) {
        StringBuilder out = new StringBuilder(1024);
        if (root instanceof Map<?, ?> || root instanceof List<?>) {
            if (isEmpty(root)) {
                out.append(root instanceof Map<?, ?> ? "{}" : "[]").append('\n');
            } else {
                block(root, 0, false, out);
            }
        } else {
            out.append(scalar(root, 0)).append('\n');
        }
        return out.toString();
    }

    private static void block(Object node, int indent, boolean inlineFirst, StringBuilder out) {
        boolean first = true;
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object value = e.getValue();
                if (value instanceof Commented c) {
                    comment(c.comment(), indent, first && inlineFirst, out);
                    first = first && !inlineFirst;
                    value = c.value();
                }
                if (!(first && inlineFirst)) {
                    pad(indent, out);
                }
                first = false;
                out.append(key(String.valueOf(e.getKey()))).append(':');
                value(value, indent, out);
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Commented c) {
                    comment(c.comment(), indent, first && inlineFirst, out);
                    first = first && !inlineFirst;
                    item = c.value();
                }
                if (!(first && inlineFirst)) {
                    pad(indent, out);
                }
                first = false;
                out.append('-');
                if ((item instanceof Map<?, ?> || item instanceof List<?>) && !isEmpty(item)) {
                    out.append(' ');
                    block(item, indent + 2, true, out);
                } else {
                    value(item, indent, out);
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "not a map or list: " + node.getClass().getSimpleName());
        }
    }

    private static void value(Object value, int indent, StringBuilder out) {
        if (value instanceof Commented c) {
            value = c.value();
        }
        if ((value instanceof Map<?, ?> || value instanceof List<?>) && !isEmpty(value)) {
            out.append('\n');
            block(value, indent + 2, false, out);
        } else if (value instanceof Map<?, ?>) {
            out.append(" {}\n");
        } else if (value instanceof List<?>) {
            out.append(" []\n");
        } else {
            out.append(' ').append(scalar(value, indent + 2)).append('\n');
        }
    }

    private static void comment(String text, int indent, boolean inline, StringBuilder out) {
        boolean firstLine = true;
        for (String line : text.split("\n", -1)) {
            if (!(firstLine && inline)) {
                pad(indent, out);
            }
            firstLine = false;
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        if (inline) {
            // the item marker already sits on the comment's line; continue the item on a fresh line
            pad(indent, out);
        }
    }

    private static boolean isEmpty(Object node) {
        return node instanceof Map<?, ?> m ? m.isEmpty() : ((List<?>) node).isEmpty();
    }

    private static void pad(int indent, StringBuilder out) {
        out.append(" ".repeat(indent));
    }

    private static String key(String key) {
        return needsQuotes(key) ? quote(key) : key;
    }

    private static String scalar(Object value, int indent) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString((long) d)
                    : BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof String s) {
            if (s.indexOf('\n') >= 0 && s.indexOf('\r') < 0 && !s.startsWith(" ")) {
                String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
                StringBuilder block = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
                for (String line : body.split("\n", -1)) {
                    block.append('\n');
                    if (!line.isEmpty()) {
                        block.append(" ".repeat(indent)).append(line);
                    }
                }
                return block.toString();
            }
            return needsQuotes(s) ? quote(s) : s;
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as YAML");
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || !plainSafe(s)) {
            return true;
        }
        char first = s.charAt(0);
        boolean maybeTyped = (first >= '0' && first <= '9')
                || first == '.'
                || first == '+'
                || first == '-'
                || first == '~'
                || s.length() <= 5;
        return (maybeTyped && LOOKS_TYPED.matcher(s).matches())
                || s.endsWith(" ")
                || s.endsWith(":")
                || s.contains(": ")
                || s.contains(" #")
                || s.startsWith("- ")
                || s.startsWith("? ");
    }

    /** The characters a plain scalar may hold, and may start with; scanned by hand, this is the hot path. */
    private static boolean plainSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 ? START.indexOf(c) < 0 : REST.indexOf(c) < 0)) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
