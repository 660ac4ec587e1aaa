package dev.archforge.source;

/**
 * Bounds that keep hostile input from exhausting memory or time: file size, nesting depth, the
 * number of values a document may hold, the number of YAML aliases and the number of values
 * those aliases may add when expanded (what stops an alias bomb).
 */
public record Limits(long maxBytes, int maxDepth, int maxNodes, int maxAliases, int maxAliasNodes) {

    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 1_000, 8_000_000, 1_000, 1_000_000);

    public Limits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxAliases < 0 || maxAliasNodes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxNodes, maxAliases, maxAliasNodes);
    }
}
