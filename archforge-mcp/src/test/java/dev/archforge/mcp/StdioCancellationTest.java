package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channel;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Cancellation over stdio: the server's transport on a pair of pipes, JSON-RPC a line each way. */
class StdioCancellationTest extends CancellationContract {
    @Override
    Raw connect(ArchforgeMcp mcp) throws Exception {
        Pipe toServer = Pipe.open();
        Pipe fromServer = Pipe.open();
        McpSyncServer server =
                mcp.stdio(Channels.newInputStream(toServer.source()), Channels.newOutputStream(fromServer.sink()));
        StdioRaw raw = new StdioRaw(server, Channels.newOutputStream(toServer.sink()), fromServer.source());
        raw.start(new BufferedReader(
                new InputStreamReader(Channels.newInputStream(fromServer.source()), StandardCharsets.UTF_8)));
        raw.request(0, "initialize", initialize());
        assertThat(raw.response(0, Duration.ofSeconds(30)))
                .as("the answer to initialize")
                .isPresent();
        raw.notify("notifications/initialized", Map.of());
        return raw;
    }

    /** Writes requests and notifications; a thread reads every line the server writes. */
    private static final class StdioRaw implements Raw {
        private final McpSyncServer server;
        private final OutputStream out;
        private final Channel in;
        private final ConcurrentMap<String, Map<String, Object>> responses = new ConcurrentHashMap<>();
        private @Nullable Thread reader;

        StdioRaw(McpSyncServer server, OutputStream out, Channel in) {
            this.server = server;
            this.out = out;
            this.in = in;
        }

        void start(BufferedReader in) {
            Thread t = new Thread(() -> read(in), "raw-stdio-client");
            t.setDaemon(true);
            t.start();
            reader = t;
        }

        private void read(BufferedReader in) {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Map<String, Object> message = JSON.readValue(line, new TypeReference<Map<String, Object>>() {});
                    if (message.containsKey("id") && !message.containsKey("method")) {
                        responses.put(String.valueOf(message.get("id")), message);
                    }
                }
            } catch (IOException e) {
                // the server closed its output: the test is over
            }
        }

        private synchronized void send(Map<String, Object> message) throws IOException {
            out.write((message(message) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void request(Object id, String method, Map<String, Object> params) throws IOException {
            send(Map.of("jsonrpc", "2.0", "id", id, "method", method, "params", params));
        }

        @Override
        public void notify(String method, Map<String, Object> params) throws IOException {
            Map<String, Object> message = new HashMap<>(Map.of("jsonrpc", "2.0", "method", method));
            if (!params.isEmpty()) {
                message.put("params", params);
            }
            send(message);
        }

        @Override
        public Optional<Map<String, Object>> response(Object id, Duration wait) throws InterruptedException {
            long end = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < end) {
                Map<String, Object> response = responses.get(String.valueOf(id));
                if (response != null) {
                    return Optional.of(response);
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            return Optional.empty();
        }

        @Override
        public void disconnect() throws Exception {
            out.close();
            server.closeGracefully();
            in.close();
            if (reader != null) {
                reader.join(5000);
            }
        }
    }
}
