package dev.archforge.mcp;

import dev.archforge.mcp.support.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Root;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Not a test: the warm-path benchmark bench/mcp-bench.sh runs. Starts {@code ./archforge mcp} as a
 * stdio child through the SDK's client, times {@code review} of github-rest.json and of the whole SQL
 * corpus call after call (the first call pays for the JVM's warm-up, the later ones are the warm path),
 * then makes 1,000 mixed calls and reads the server's heap after a full GC every 250 calls.
 */
public final class McpBench {
    private McpBench() {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toRealPath();
        Path corpus = Path.of(args[1]).toRealPath();
        int runs = Integer.parseInt(args.length > 2 ? args[2] : "6");
        ServerParameters params = ServerParameters.builder(
                        repo.resolve("archforge").toString())
                .args("mcp")
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, Json.mcp());
        transport.setStdErrorHandler(line -> {});
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofMinutes(5))
                .roots(
                        new Root(repo.toUri().toString(), "repo"),
                        new Root(corpus.toUri().toString(), "corpus"))
                .build();
        client.initialize();
        long pid = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid)
                .max()
                .orElse(-1);
        System.out.println("server pid " + pid);

        Map<String, Object> github = Map.of(
                "paths", List.of(corpus.resolve("openapi/github-rest.json").toString()), "maxFindings", 0);
        time(client, "review github-rest.json (all findings)", github, runs);
        time(
                client,
                "review github-rest.json (maxFindings 500)",
                Map.of(
                        "paths",
                        List.of(corpus.resolve("openapi/github-rest.json").toString())),
                runs);
        time(
                client,
                "review SQL corpus (all findings)",
                Map.of("paths", sqlInputs(corpus.resolve("sql")), "maxFindings", 0),
                runs);
        time(
                client,
                "review SQL corpus (maxFindings 500, the default)",
                Map.of("paths", sqlInputs(corpus.resolve("sql"))),
                runs);

        List<Map<String, Object>> mixed = List.of(
                Map.of(
                        "tool",
                        "review",
                        "args",
                        Map.of(
                                "paths",
                                List.of(repo.resolve("examples/bookstore.yaml").toString()))),
                Map.of(
                        "tool",
                        "design",
                        "args",
                        Map.of(
                                "path",
                                repo.resolve("examples/design/marketplace.yaml").toString())),
                Map.of("tool", "list_rules", "args", Map.of("prefix", "sql-")),
                Map.of("tool", "explain_rule", "args", Map.of("id", "api-path-trailing-slash")),
                Map.of(
                        "tool",
                        "draft_requirements",
                        "args",
                        Map.of("brief", "A chat app for 5000 nurses across 40 hospitals.")),
                Map.of("tool", "review", "args", Map.of()));
        System.out.println("| mixed calls | heap used after full GC (MB) | RSS (MB) |");
        System.out.println("|---:|---:|---:|");
        for (int i = 1; i <= 1000; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = mixed.get(i % mixed.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> a = (Map<String, Object>) c.get("args");
            client.callTool(
                    CallToolRequest.builder((String) c.get("tool")).arguments(a).build());
            if (i == 1 || i % 250 == 0) {
                System.out.println("| " + i + " | " + heapAfterGc(pid) + " | " + rss(pid) + " |");
            }
        }
        client.closeGracefully();
    }

    private static void time(McpSyncClient client, String label, Map<String, Object> args, int runs) {
        List<Double> seconds = new ArrayList<>();
        String summary = "";
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            CallToolResult r = client.callTool(
                    CallToolRequest.builder("review").arguments(args).build());
            seconds.add((System.nanoTime() - t0) / 1e9);
            Map<?, ?> report = (Map<?, ?>) Objects.requireNonNull(r.structuredContent());
            summary = String.valueOf(((Map<?, ?>) Objects.requireNonNull(report.get("summary"))).get("total"));
        }
        double[] warm = seconds.subList(1, seconds.size()).stream()
                .mapToDouble(d -> d)
                .sorted()
                .toArray();
        System.out.printf(
                "| %s | first %.2f s | warm median %.2f s (min %.2f, max %.2f, n=%d) | %s findings |%n",
                label, seconds.get(0), warm[warm.length / 2], warm[0], warm[warm.length - 1], warm.length, summary);
    }

    /** The inputs of bench/compare-sql.sh: each schema dump alone, each project folder as one history. */
    static List<String> sqlInputs(Path sql) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(sql.resolve("schemas"))) {
            s.sorted().forEach(p -> out.add(p.toString()));
        }
        try (Stream<Path> s = Files.list(sql.resolve("migrations"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> out.add(p.toString()));
        }
        return out;
    }

    private static String heapAfterGc(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        // the serial collector reports "... generation total NK, used NK" per generation, the parallel one
        // "PSYoungGen total NK, used NK" and "ParOldGen ...", G1 "garbage-first heap"
        long kb = 0;
        for (String line : info.split("\n")) {
            if (line.contains("generation")
                    || line.contains("PSYoungGen")
                    || line.contains("ParOldGen")
                    || line.contains("garbage-first heap")) {
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("used (\\d+)K").matcher(line);
                if (m.find()) {
                    kb += Long.parseLong(m.group(1));
                }
            }
        }
        return kb == 0 ? "?" : String.valueOf(kb / 1024);
    }

    private static String rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
            }
        }
        return "?";
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
