package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Cancellation over Streamable HTTP: each request a POST whose response is an event stream, each
 * notification a POST answered 202.
 */
class HttpCancellationTest extends CancellationContract {
    private @Nullable McpHttpServer server;

    @Override
    Raw connect(ArchforgeMcp mcp) throws Exception {
        McpHttpServer started =
                McpHttpServer.start(mcp, new McpHttpServer.Options("127.0.0.1", 0, Optional.empty(), List.of()));
        server = started;
        return HttpRaw.connect(URI.create("http://127.0.0.1:" + started.port() + McpHttpServer.PATH));
    }

    @Override
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCancellationFromAForeignOriginIsRefused() throws Exception {
        HttpRaw raw = (HttpRaw) client;
        int status = raw.post(
                        message(Map.of(
                                "jsonrpc", "2.0",
                                "method", "notifications/cancelled",
                                "params", Map.of("requestId", 1))),
                        "https://evil.example")
                .statusCode();
        assertThat(status).isEqualTo(403);
    }

    /** A session over HTTP: {@code initialize}, then every message a POST with the session's id. */
    private static final class HttpRaw implements Raw {
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI endpoint;
        private final ConcurrentMap<String, CompletableFuture<HttpResponse<String>>> calls = new ConcurrentHashMap<>();
        private String session = "";

        private HttpRaw(URI endpoint) {
            this.endpoint = endpoint;
        }

        static HttpRaw connect(URI endpoint) throws Exception {
            HttpRaw raw = new HttpRaw(endpoint);
            HttpResponse<String> init = raw.post(
                    message(Map.of("jsonrpc", "2.0", "id", 0, "method", "initialize", "params", initialize())), null);
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            raw.session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            raw.notify("notifications/initialized", Map.of());
            return raw;
        }

        private HttpRequest.Builder builder(String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("MCP-Protocol-Version", "2025-06-18")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (!session.isEmpty()) {
                b.header("Mcp-Session-Id", session);
            }
            return b;
        }

        HttpResponse<String> post(String body, @Nullable String origin) throws IOException, InterruptedException {
            HttpRequest.Builder b = builder(body);
            if (origin != null) {
                b.header("Origin", origin);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void request(Object id, String method, Map<String, Object> params) throws IOException {
            String body = message(Map.of("jsonrpc", "2.0", "id", id, "method", method, "params", params));
            calls.put(String.valueOf(id), http.sendAsync(builder(body).build(), HttpResponse.BodyHandlers.ofString()));
        }

        @Override
        public void notify(String method, Map<String, Object> params) throws IOException, InterruptedException {
            Map<String, Object> message = new HashMap<>(Map.of("jsonrpc", "2.0", "method", method));
            if (!params.isEmpty()) {
                message.put("params", params);
            }
            HttpResponse<String> answer = post(message(message), null);
            assertThat(answer.statusCode()).as(method + ": " + answer.body()).isEqualTo(202);
        }

        @Override
        public Optional<Map<String, Object>> response(Object id, Duration wait) throws Exception {
            CompletableFuture<HttpResponse<String>> call = calls.get(String.valueOf(id));
            if (call == null) {
                return Optional.empty();
            }
            HttpResponse<String> stream;
            try {
                stream = call.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Optional.empty();
            }
            // the events of the stream: the response is the data of one of them
            for (String line : stream.body().split("\n")) {
                if (line.startsWith("data:")) {
                    Map<String, Object> message =
                            JSON.readValue(line.substring(5).trim(), new TypeReference<Map<String, Object>>() {});
                    if (String.valueOf(id).equals(String.valueOf(message.get("id")))) {
                        return Optional.of(message);
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public void disconnect() {
            calls.values().forEach(call -> call.cancel(true));
        }
    }
}
