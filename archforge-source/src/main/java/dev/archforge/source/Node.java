package dev.archforge.source;

import dev.archforge.model.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value in a JSON or YAML document that knows where it was written. A member of an object also
 * knows where its key was written, so findings about a name point at the name.
 */
public abstract sealed class Node permits ObjectNode, ArrayNode, ScalarNode {
    private final String file;
    private final int line;
    private final int column;
    private int endLine;
    private int endColumn;
    private @Nullable Node parent;
    private @Nullable String key;
    private int index = -1;
    private int keyLine;
    private int keyColumn;

    Node(String file, int line, int column) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.endLine = line;
        this.endColumn = column;
    }

    void end(int line, int column) {
        this.endLine = line;
        this.endColumn = column;
    }

    void attach(Node parent, String key, int keyLine, int keyColumn) {
        this.parent = parent;
        this.key = key;
        this.keyLine = keyLine;
        this.keyColumn = keyColumn;
    }

    void attach(Node parent, int index) {
        this.parent = parent;
        this.index = index;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public Optional<Node> parent() {
        return Optional.ofNullable(parent);
    }

    /** The parent, or null at the root: for walks up the tree that run per node and must not allocate. */
    public @Nullable Node parentOrNull() {
        return parent;
    }

    /** The key under which this node sits in its parent object, if it sits in an object. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The position in the parent array, or -1. */
    public int index() {
        return index;
    }

    /** The RFC 6901 JSON pointer of this node from its document's root. */
    public String pointer() {
        Deque<String> parts = new ArrayDeque<>();
        for (Node n = this; n.parent != null; n = n.parent) {
            parts.push(n.key != null ? escape(n.key) : Integer.toString(n.index));
        }
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append('/').append(part);
        }
        return sb.toString();
    }

    /** The place of this node's value. */
    public Location location() {
        return new Location(file, line, column, endLine, endColumn, Optional.of(pointer()));
    }

    /** The place of this node's key if it has one (from key to the end of the value), else its value. */
    public Location keyLocation() {
        if (key == null || keyLine == 0) {
            return location();
        }
        return new Location(file, keyLine, keyColumn, endLine, endColumn, Optional.of(pointer()));
    }

    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** This node as an object, if it is one. */
    public Optional<ObjectNode> asObject() {
        return this instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    }

    public Optional<ArrayNode> asArray() {
        return this instanceof ArrayNode a ? Optional.of(a) : Optional.empty();
    }

    public Optional<ScalarNode> asScalar() {
        return this instanceof ScalarNode s ? Optional.of(s) : Optional.empty();
    }

    /** The text of a string scalar, if this is one. */
    public Optional<String> asText() {
        return this instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
                ? Optional.of(s.text())
                : Optional.empty();
    }

    /** A short name of this node's type, for messages: object, array, string, number, boolean, null. */
    public abstract String typeName();
}
