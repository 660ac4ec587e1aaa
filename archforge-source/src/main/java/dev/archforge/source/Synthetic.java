package dev.archforge.source;

/**
 * Builds nodes by hand, for documents that are not JSON or YAML but are reviewed as if they were
 * (an endpoint list becomes a minimal OpenAPI tree whose nodes point at the list's lines).
 */
public final class Synthetic {
    private final String file;

    public Synthetic(String file) {
        this.file = file;
    }

    public ObjectNode object(int line, int column) {
        return new ObjectNode(file, line, column);
    }

    public ScalarNode string(String text, int line, int column, int endColumn) {
        ScalarNode s = new ScalarNode(file, line, column, ScalarNode.Kind.STRING, text);
        s.end(line, endColumn);
        return s;
    }

    /** Adds a member; returns false if the key was already there. */
    public static boolean put(ObjectNode parent, String key, Node value, int line, int column) {
        return parent.put(key, value, line, column);
    }

    public static void end(Node node, int line, int column) {
        node.end(line, column);
    }
}
