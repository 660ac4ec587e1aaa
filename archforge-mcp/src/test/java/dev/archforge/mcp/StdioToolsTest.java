package dev.archforge.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.util.List;

/** The contract over stdio, against the server in a child JVM. */
class StdioToolsTest extends ToolsContract {
    @Override
    McpSyncClient connect(List<Path> roots) {
        return Clients.stdio(roots);
    }
}
