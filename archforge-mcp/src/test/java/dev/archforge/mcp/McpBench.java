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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Not a test: the warm-path benchmark bench/mcp-bench.sh runs. Starts {@code ./archforge mcp} as a
 * stdio child through the SDK's client and times {@code review} call after call (the first call pays
 * for the JVM's warm-up, the later ones are the warm path) in three situations: with {@code --no-cache},
 * where every call parses and runs every rule on github-rest.json and on the whole SQL corpus (a server
 * seeing files for the first time); as shipped, on an unchanged copy of the SQL corpus (its sets are
 * answered from the findings kept); and as shipped with one migration of the largest history edited
 * before each call (that history is reviewed again, the rest reused). Then 1,000 mixed calls, reading
 * the server's heap after a full GC every 250.
 */
public final class McpBench {
    private McpBench() {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toRealPath();
        Path corpus = Path.of(args[1]).toRealPath();
        int runs = Integer.parseInt(args.length > 2 ? args[2] : "6");
        Path copy = Files.createTempDirectory("mcp-bench-sql");
        try {
            copyTree(corpus.resolve("sql"), copy);

            // 1. every call reviews every set in full: what a server pays for files it has not seen
            McpSyncClient full = start(repo, List.of(corpus, copy), "--no-cache");
            Map<String, Object> github = Map.of(
                    "paths", List.of(corpus.resolve("openapi/github-rest.json").toString()), "maxFindings", 0);
            time(full, "review github-rest.json (all findings)", github, runs, () -> {});
            time(
                    full,
                    "review github-rest.json (maxFindings 500)",
                    Map.of(
                            "paths",
                            List.of(corpus.resolve("openapi/github-rest.json").toString())),
                    runs,
                    () -> {});
            time(
                    full,
                    "review SQL corpus, --no-cache (all findings)",
                    Map.of("paths", sqlInputs(corpus.resolve("sql")), "maxFindings", 0),
                    runs,
                    () -> {});
            time(
                    full,
                    "review SQL corpus, --no-cache (maxFindings 500, the default)",
                    Map.of("paths", sqlInputs(corpus.resolve("sql"))),
                    runs,
                    () -> {});
            full.closeGracefully();

            // 2. the server as shipped: sets whose files did not change are answered from kept findings
            McpSyncClient served = start(repo, List.of(corpus, copy));
            Map<String, Object> sql = Map.of("paths", sqlInputs(copy));
            time(served, "review SQL corpus, files unchanged (maxFindings 500)", sql, runs, () -> {});
            Path edited = largestMigration(copy);
            int[] edits = {0};
            time(
                    served,
                    "review SQL corpus, one migration edited before each call (" + copy.relativize(edited) + ")",
                    sql,
                    runs,
                    () -> edit(edited, ++edits[0]));
            mixedCalls(served, repo);
            served.closeGracefully();
        } finally {
            deleteTree(copy);
        }
    }

    private static McpSyncClient start(Path repo, List<Path> roots, String... serverArgs) {
        List<String> command = new ArrayList<>(List.of("mcp"));
        command.addAll(List.of(serverArgs));
        ServerParameters params = ServerParameters.builder(
                        repo.resolve("archforge").toString())
                .args(command)
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, Json.mcp());
        transport.setStdErrorHandler(line -> {});
        List<Root> declared = new ArrayList<>(List.of(new Root(repo.toUri().toString(), "repo")));
        roots.forEach(
                r -> declared.add(new Root(r.toUri().toString(), r.getFileName().toString())));
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofMinutes(5))
                .roots(declared)
                .build();
        client.initialize();
        return client;
    }

    /** 1,000 calls of every tool, the server's heap after a full GC and its RSS every 250. */
    private static void mixedCalls(McpSyncClient client, Path repo) throws IOException, InterruptedException {
        long pid = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid)
                .max()
                .orElse(-1);
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
        System.out.println();
        System.out.println("| mixed calls | heap used after full GC (MB) | RSS (MB) |");
        System.out.println("|---:|---:|---:|");
        for (int i = 1; i <= 1000; i++) {
            Map<String, Object> c = mixed.get(i % mixed.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> a = (Map<String, Object>) c.get("args");
            client.callTool(
                    CallToolRequest.builder((String) c.get("tool")).arguments(a).build());
            if (i == 1 || i % 250 == 0) {
                System.out.println("| " + i + " | " + heapAfterGc(pid) + " | " + rss(pid) + " |");
            }
        }
    }

    /** The last migration of the project with the most SQL files: an edit there re-reviews the largest history. */
    private static Path largestMigration(Path sql) throws IOException {
        Path largest = null;
        long most = -1;
        try (Stream<Path> projects = Files.list(sql.resolve("migrations"))) {
            for (Path p : projects.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.walk(p)) {
                    long n = files.filter(f -> f.toString().endsWith(".sql")).count();
                    if (n > most) {
                        most = n;
                        largest = p;
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(Objects.requireNonNull(largest, "no migrations"))) {
            return files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
    }

    /** Appends a comment, dated a few seconds ago so the server may keep the result (its racy window is 2 s). */
    private static void edit(Path file, int n) {
        try {
            Files.writeString(file, "\n-- edit " + n + "\n", java.nio.file.StandardOpenOption.APPEND);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy dated an hour ago, as a checkout is by the time an assistant reviews it. */
    private static void copyTree(Path from, Path to) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    Files.setLastModifiedTime(target, old);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void time(
            McpSyncClient client, String label, Map<String, Object> args, int runs, Runnable beforeEach) {
        List<Double> seconds = new ArrayList<>();
        String summary = "";
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
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
