package dev.archforge.mcp;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The contract over Streamable HTTP, against the server in this JVM on a free port. */
class HttpToolsTest extends ToolsContract {
    // set by connect, which the contract's @BeforeAll calls
    private @Nullable ArchforgeMcp mcp;
    private @Nullable McpHttpServer server;

    @Override
    McpSyncClient connect(List<Path> roots) {
        mcp = new ArchforgeMcp(Engine.serving(), McpLimits.DEFAULT, Path.of(""));
        server = McpHttpServer.start(mcp, new McpHttpServer.Options("127.0.0.1", 0, Optional.empty(), List.of()));
        return Clients.http(server.port(), roots);
    }

    @Override
    void stop() {
        if (server != null) {
            server.close();
        }
        if (mcp != null) {
            mcp.close();
        }
    }
}
