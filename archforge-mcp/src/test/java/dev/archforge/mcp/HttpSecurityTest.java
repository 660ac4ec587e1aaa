package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import dev.archforge.model.UsageException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP transport's guards: Origin and Host (DNS rebinding), the bearer token, the loopback default. */
class HttpSecurityTest {
    static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    static ArchforgeMcp mcp;
    static McpHttpServer open;
    static McpHttpServer guarded;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        mcp = new ArchforgeMcp(new Engine(), McpLimits.DEFAULT, Path.of(""));
        open = McpHttpServer.start(mcp, new McpHttpServer.Options("127.0.0.1", 0, Optional.empty(), List.of()));
        guarded = McpHttpServer.start(
                mcp, new McpHttpServer.Options("127.0.0.1", 0, Optional.of("s3cret"), List.of("https://app.example")));
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
        mcp.close();
    }

    static int post(McpHttpServer server, @Nullable String origin, @Nullable String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INIT));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void acceptsLocalOriginsAndNoOrigin() throws Exception {
        assertThat(post(open, null, null)).isEqualTo(200);
        assertThat(post(open, "http://localhost:6274", null)).isEqualTo(200);
    }

    @Test
    void refusesAForeignOrigin() throws Exception {
        assertThat(post(open, "https://evil.example", null)).isEqualTo(403);
        assertThat(post(guarded, "https://app.example", "s3cret")).isEqualTo(200);
    }

    @Test
    void requiresTheTokenWhenOneIsSet() throws Exception {
        assertThat(post(guarded, null, null)).isEqualTo(401);
        assertThat(post(guarded, null, "wrong")).isEqualTo(401);
        assertThat(post(guarded, null, "s3cret")).isEqualTo(200);
    }

    @Test
    void aNonLoopbackAddressNeedsAToken() {
        assertThatThrownBy(() ->
                        McpHttpServer.start(mcp, new McpHttpServer.Options("0.0.0.0", 0, Optional.empty(), List.of())))
                .isInstanceOf(UsageException.class)
                .hasMessage("--http on 0.0.0.0, not a loopback address, needs a bearer token: --token TOKEN or the"
                        + " environment variable ARCHFORGE_MCP_TOKEN");
    }
}
