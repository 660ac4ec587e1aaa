package dev.archforge.design.requirements;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns a YAML file into JSON text through Archforge's own reader, so the schema validator sees the
 * values exactly as typed by the loader (and no second YAML parser is needed).
 */
final class Json {
    private Json() {}

    static Node read(String name, String text) {
        return new DocumentReader(Limits.DEFAULT)
                .parse(name, text.getBytes(StandardCharsets.UTF_8))
                .root();
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof ObjectNode o) {
            out.append('{');
            String sep = "";
            for (Map.Entry<String, Node> m : o.members().entrySet()) {
                out.append(sep);
                string(m.getKey(), out);
                out.append(':');
                write(m.getValue(), out);
                sep = ",";
            }
            out.append('}');
        } else if (node instanceof ArrayNode a) {
            out.append('[');
            String sep = "";
            for (Node item : a.items()) {
                out.append(sep);
                write(item, out);
                sep = ",";
            }
            out.append(']');
        } else {
            ScalarNode s = (ScalarNode) node;
            switch (s.kind()) {
                case STRING -> string(s.text(), out);
                case NUMBER ->
                    out.append(s.number().map(BigDecimal::toPlainString).orElseThrow());
                case BOOLEAN -> out.append(s.isTrue());
                case NULL -> out.append("null");
            }
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
