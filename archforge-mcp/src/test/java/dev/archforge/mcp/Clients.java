package dev.archforge.mcp;

import dev.archforge.mcp.support.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.Root;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The SDK's own client, over stdio (a child JVM) or HTTP, with the roots a test allows. */
final class Clients {
    static final Path REPO =
            Path.of(System.getProperty("archforge.root", "..")).toAbsolutePath().normalize();

    private Clients() {}

    static McpSyncClient stdio(List<Path> roots) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters params = ServerParameters.builder(java)
                .args("-Xshare:auto", "-cp", System.getProperty("java.class.path"), StdioServerMain.class.getName())
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, Json.mcp());
        transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
        return init(McpClient.sync(transport), roots);
    }

    static McpSyncClient http(int port, List<Path> roots) {
        return init(
                McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .endpoint(McpHttpServer.PATH)
                        .build()),
                roots);
    }

    private static McpSyncClient init(McpClient.SyncSpec spec, List<Path> roots) {
        // no explicit capabilities: the SDK declares the roots capability because roots are given
        McpSyncClient client = spec.requestTimeout(Duration.ofMinutes(2))
                .roots(roots.stream()
                        .map(p -> new Root(p.toUri().toString(), p.getFileName().toString()))
                        .toList())
                .build();
        client.initialize();
        return client;
    }

    static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> args) {
        return client.callTool(CallToolRequest.builder(tool).arguments(args).build());
    }

    static String text(CallToolResult result) {
        return result.content().stream()
                .filter(TextContent.class::isInstance)
                .map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    static boolean isError(CallToolResult result) {
        return Boolean.TRUE.equals(result.isError());
    }

    static List<Content> content(CallToolResult result) {
        return result.content();
    }
}
