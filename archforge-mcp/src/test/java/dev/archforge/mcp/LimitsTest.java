package dev.archforge.mcp;

import static dev.archforge.mcp.Clients.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import dev.archforge.source.Limits;
import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A call over its time or size limit is a tool error naming the limit, and the next call is served. */
class LimitsTest {

    @Test
    void aCallOverTheTimeLimitIsStoppedAndTheNextIsServed() {
        check(new McpLimits(Duration.ofMillis(1), 1_000_000, Limits.DEFAULT), client -> {
            var slow = call(client, "design", Map.of("path", "examples/design/marketplace.yaml", "blueprint", "embed"));
            ToolsContract.assertError(slow, "archforge: the call took longer than its limit of 0 s (--call-timeout)");
            // a 1 ms limit stops every call; the session itself goes on
            assertThat(client.listTools().tools()).hasSize(6);
        });
    }

    @Test
    void argumentsOverTheSizeLimitAreRefused() {
        check(new McpLimits(Duration.ofSeconds(60), 1000, Limits.DEFAULT), client -> {
            var big = call(
                    client, "review", Map.of("files", List.of(Map.of("name", "a.yaml", "text", "x".repeat(2000)))));
            ToolsContract.assertError(
                    big,
                    "archforge: the arguments of this call are 2019 bytes, over the limit of 1000 (--max-input-mb)");
            var next = call(client, "list_rules", Map.of("prefix", "api-path"));
            assertThat(next.isError()).isNotEqualTo(true);
        });
    }

    private static void check(McpLimits limits, java.util.function.Consumer<McpSyncClient> body) {
        try (ArchforgeMcp mcp = new ArchforgeMcp(new Engine(), limits, Path.of(""));
                McpHttpServer server = McpHttpServer.start(
                        mcp, new McpHttpServer.Options("127.0.0.1", 0, Optional.empty(), List.of()))) {
            McpSyncClient client = Clients.http(server.port(), List.of(Clients.REPO));
            try {
                body.accept(client);
            } finally {
                client.closeGracefully();
            }
        }
    }
}
