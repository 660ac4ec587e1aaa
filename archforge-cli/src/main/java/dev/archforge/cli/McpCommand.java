package dev.archforge.cli;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.ArchforgeMcp;
import dev.archforge.mcp.McpHttpServer;
import dev.archforge.mcp.support.McpLimits;
import dev.archforge.model.UsageException;
import dev.archforge.source.Limits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archforge mcp}: the Model Context Protocol server, over stdio or Streamable HTTP. */
@Command(
        name = "mcp",
        description = {
            "Serve Archforge to AI assistants over the Model Context Protocol: tools review, list_rules,"
                    + " explain_rule, draft_requirements, design and review_design; rule pages, the requirements"
                    + " schema and example designs as resources; prompts design-a-backend and review-my-api.",
            "Speaks on standard input and output (nothing else is written there), or with --http on /mcp."
        },
        sortOptions = false)
final class McpCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "ARCHFORGE_MCP_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--http",
            paramLabel = "[ADDR:]PORT",
            description = "Serve Streamable HTTP on ADDR:PORT/mcp instead of stdio (ADDR default 127.0.0.1).")
    Optional<String> http = Optional.empty();

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' over HTTP (default: $" + TOKEN_ENV
                    + "); required on a non-loopback ADDR.")
    Optional<String> token = Optional.empty();

    @Option(
            names = "--allow-origin",
            paramLabel = "ORIGIN",
            description = "Accept browser requests from ORIGIN too (local pages always are); repeatable.")
    List<String> allowOrigins = new ArrayList<>();

    @Option(
            names = "--call-timeout",
            paramLabel = "SECONDS",
            description = "Stop a tool call after this many seconds (default 120).")
    int callTimeout = 120;

    @Option(
            names = "--max-input-mb",
            paramLabel = "MB",
            description = "Refuse a call whose text arguments exceed this many megabytes (default 16, the"
                    + " largest message the MCP SDK reads).")
    int maxInputMb = 16;

    @Option(
            names = "--max-file-size",
            paramLabel = "MB",
            description = "Refuse files larger than this many megabytes in a review (default 64).")
    int maxFileSizeMb = 64;

    @Option(
            names = "--no-cache",
            description = "Review every SQL set in full on every call, even when none of its files changed"
                    + " since an earlier call (by default their findings are reused).")
    boolean noCache;

    @Override
    public Integer call() throws InterruptedException {
        if (callTimeout <= 0 || maxInputMb <= 0 || maxFileSizeMb <= 0) {
            throw new UsageException("--call-timeout, --max-input-mb and --max-file-size must be positive");
        }
        Limits reading = new Limits(
                maxFileSizeMb * 1024L * 1024L,
                Limits.DEFAULT.maxDepth(),
                Limits.DEFAULT.maxNodes(),
                Limits.DEFAULT.maxAliases(),
                Limits.DEFAULT.maxAliasNodes());
        McpLimits limits = new McpLimits(Duration.ofSeconds(callTimeout), maxInputMb * 1024L * 1024L, reading);
        try (ArchforgeMcp mcp = new ArchforgeMcp(noCache ? new Engine() : Engine.serving(), limits, Path.of(""))) {
            if (http.isPresent()) {
                return serveHttp(mcp);
            }
            mcp.serveStdio();
            return ExitCodes.OK;
        }
    }

    private int serveHttp(ArchforgeMcp mcp) {
        String value = http.get();
        int colon = value.lastIndexOf(':');
        String host = colon < 0
                ? "127.0.0.1"
                : value.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("--http expects [ADDR:]PORT, got '" + value + "'");
        }
        Optional<String> bearer = token.or(() -> Optional.ofNullable(System.getenv(TOKEN_ENV)));
        try (McpHttpServer server =
                McpHttpServer.start(mcp, new McpHttpServer.Options(host, port, bearer, allowOrigins))) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("archforge: MCP server on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + server.port() + McpHttpServer.PATH + (bearer.isPresent() ? " (bearer token required)" : ""));
            err.flush();
            server.await();
        }
        return ExitCodes.OK;
    }
}
