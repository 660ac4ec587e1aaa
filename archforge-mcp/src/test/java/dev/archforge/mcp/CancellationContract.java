package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code notifications/cancelled} through raw JSON-RPC (the SDK's client cannot send one) against the
 * server in this JVM, so the test sees its workers: a subclass says which transport. The long call
 * reviews one generated OpenAPI document many times over (hundreds of seconds of work on the project
 * machine's two cores), so a worker that does not stop when told is seen at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CancellationContract {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The server's pool: {@link ArchforgeMcp} makes as many workers, at least two. */
    static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** One client session speaking raw JSON-RPC messages. */
    interface Raw {
        /** Sends a request; its response is collected as it comes. */
        void request(Object id, String method, Map<String, Object> params) throws Exception;

        void notify(String method, Map<String, Object> params) throws Exception;

        /** The response to the request, once it came or the request's stream ended; empty if none within the wait. */
        Optional<Map<String, Object>> response(Object id, Duration wait) throws Exception;

        void disconnect() throws Exception;
    }

    ArchforgeMcp mcp;
    Raw client;

    /** The server on this transport, in this JVM, and a client session started with {@code initialize}. */
    abstract Raw connect(ArchforgeMcp mcp) throws Exception;

    void stop() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        Path folder = Files.createTempDirectory("archforge-mcp-cancel").toRealPath();
        Files.writeString(folder.resolve("big.yaml"), bigApi(2000));
        // the client declares no roots: the server reads under its working folder
        mcp = new ArchforgeMcp(new Engine(), McpLimits.DEFAULT, folder);
        client = connect(mcp);
    }

    @AfterAll
    void close() throws Exception {
        client.disconnect();
        stop();
        mcp.close();
    }

    @Test
    void aCancelledCallStopsItsWorkerAndGetsNoResponse() throws Exception {
        // as many long calls as workers: if one did not stop, the quick call after would wait behind it
        for (int i = 1; i <= WORKERS; i++) {
            client.request(i, "tools/call", tool("review", Map.of("paths", Collections.nCopies(400, "big.yaml"))));
        }
        awaitTrue("every worker busy with a long call", Duration.ofSeconds(60), () -> mcp.busyWorkers() == WORKERS);
        assertThat(mcp.calls().size()).isEqualTo(WORKERS);
        long start = System.nanoTime();
        for (int i = 1; i <= WORKERS; i++) {
            client.notify("notifications/cancelled", Map.of("requestId", i, "reason", "the user pressed stop"));
        }
        awaitTrue(
                "the workers free and the calls gone",
                Duration.ofSeconds(15),
                () -> mcp.busyWorkers() == 0 && mcp.calls().size() == 0);
        System.err.printf("%d cancelled calls stopped in %d ms%n", WORKERS, (System.nanoTime() - start) / 1_000_000);

        client.request(
                100,
                "tools/call",
                tool("review", Map.of("files", List.of(Map.of("name", "pets.yaml", "text", ToolsContract.PETS)))));
        Map<String, Object> quick = client.response(100, Duration.ofSeconds(30)).orElseThrow();
        assertThat(text(quick)).startsWith("Reviewed 1 file: ").contains("pets.yaml:4:");
        for (int i = 1; i <= WORKERS; i++) {
            assertThat(client.response(i, Duration.ofSeconds(1)))
                    .as("a response to cancelled call " + i)
                    .isEmpty();
        }
    }

    @Test
    void cancellingAnUnknownOrAnsweredCallHarmsNothing() throws Exception {
        client.notify("notifications/cancelled", Map.of("requestId", 12345));
        client.notify("notifications/cancelled", Map.of("requestId", "never-sent", "reason", "none"));
        client.request("a", "tools/call", tool("list_rules", Map.of("prefix", "api-path")));
        Map<String, Object> first = client.response("a", Duration.ofSeconds(30)).orElseThrow();
        client.notify("notifications/cancelled", Map.of("requestId", "a"));
        client.request("b", "tools/call", tool("list_rules", Map.of("prefix", "api-path")));
        Map<String, Object> second =
                client.response("b", Duration.ofSeconds(30)).orElseThrow();
        assertThat(text(second)).isEqualTo(text(first)).contains("api-path-trailing-slash");
        assertThat(mcp.calls().size()).isZero();
    }

    static Map<String, Object> tool(String name, Map<String, Object> arguments) {
        return Map.of("name", name, "arguments", arguments);
    }

    static Map<String, Object> initialize() {
        return Map.of(
                "protocolVersion", "2025-06-18",
                "capabilities", Map.of(),
                "clientInfo", Map.of("name", "raw", "version", "1"));
    }

    static String message(Map<String, Object> message) throws IOException {
        return JSON.writeValueAsString(message);
    }

    @SuppressWarnings("unchecked")
    static String text(Map<String, Object> response) {
        Map<String, Object> result =
                (Map<String, Object>) Objects.requireNonNull(response.get("result"), () -> "not a result: " + response);
        assertThat(result.get("isError")).as(String.valueOf(result)).isNotEqualTo(true);
        List<Map<String, Object>> content = (List<Map<String, Object>>) Objects.requireNonNull(result.get("content"));
        return String.valueOf(content.get(0).get("text"));
    }

    static void awaitTrue(String what, Duration wait, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + wait.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** An OpenAPI document of {@code paths} paths, each with a trailing slash (one finding each). */
    static String bigApi(int paths) {
        StringBuilder out = new StringBuilder("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n");
        for (int p = 0; p < paths; p++) {
            out.append("  /things")
                    .append(p)
                    .append("/{id}/:\n")
                    .append("    get:\n")
                    .append("      parameters:\n")
                    .append("        - {name: id, in: path, required: true, schema: {type: string}}\n")
                    .append("      responses:\n")
                    .append("        '200': {description: ok}\n");
        }
        return out.toString();
    }
}
