package dev.archforge.source;

/**
 * Bounds that keep hostile input from exhausting memory or time: file size, nesting depth, the
 * number of nodes a document may expand to (YAML aliases included) and the number of aliases.
 */
public record Limits(long maxBytes, int maxDepth, int maxNodes, int maxAliases) {

    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 1_000, 8_000_000, 1_000);

    public Limits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxNodes, maxAliases);
    }
}
