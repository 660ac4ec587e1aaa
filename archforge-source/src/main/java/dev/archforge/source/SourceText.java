package dev.archforge.source;

/**
 * An input held in memory instead of on disk, as an MCP client or a web page sends it: the name
 * that locations and findings give it (its file name in the user's project), and its text.
 */
public record SourceText(String name, String text) {
    public SourceText {
        if (name.isBlank()) {
            throw new IllegalArgumentException("an in-memory input needs a name");
        }
    }
}
