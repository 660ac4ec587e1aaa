package dev.archforge.mcp;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import java.nio.file.Path;

/** The server over stdio in a child JVM, as {@code archforge mcp} runs it (the CLI module is above this one). */
public final class StdioServerMain {
    private StdioServerMain() {}

    public static void main(String[] args) throws Exception {
        try (ArchforgeMcp mcp = new ArchforgeMcp(Engine.serving(), McpLimits.DEFAULT, Path.of(""))) {
            mcp.serveStdio();
        }
    }
}
