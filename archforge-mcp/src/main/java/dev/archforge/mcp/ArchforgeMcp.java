package dev.archforge.mcp;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.cancel.RunningCalls;
import dev.archforge.mcp.cancel.StdioCancellation;
import dev.archforge.mcp.catalog.Prompts;
import dev.archforge.mcp.catalog.Resources;
import dev.archforge.mcp.support.Json;
import dev.archforge.mcp.support.McpLimits;
import dev.archforge.mcp.support.Version;
import dev.archforge.mcp.tools.ToolRunner;
import dev.archforge.mcp.tools.Tools;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Archforge MCP server: one engine, one worker pool, and the tools, resources and prompts, served
 * over stdio ({@link #stdio}) or Streamable HTTP ({@link McpHttpServer}). Every session shares the
 * engine, which is thread-safe; each call runs on the pool under {@link McpLimits} and stops when
 * its client cancels it ({@code notifications/cancelled}; see {@link dev.archforge.mcp.cancel}).
 */
public final class ArchforgeMcp implements AutoCloseable {
    static final String INSTRUCTIONS = "Archforge is a deterministic backend architect. Use 'review' for OpenAPI"
            + " documents, endpoint lists and PostgreSQL schemas or migrations; 'draft_requirements' then"
            + " 'design' to design a backend from a brief (ask the user the open questions it returns);"
            + " 'review_design' to check a written blueprint; 'list_rules' and 'explain_rule' for the rules."
            + " Paths must lie under the roots you declare.";

    private final Engine engine;
    private final McpLimits limits;
    private final Path workingFolder;
    private final ThreadPoolExecutor workers;
    private final RunningCalls calls = new RunningCalls();

    public ArchforgeMcp(Engine engine, McpLimits limits, Path workingFolder) {
        this.engine = engine;
        this.limits = limits;
        this.workingFolder = workingFolder.toAbsolutePath();
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.workers =
                new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "archforge-mcp-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A server speaking on these streams, one session: the client's standard input and output. */
    public McpSyncServer stdio(InputStream in, OutputStream out) {
        return configure(
                McpServer.sync(new StdioCancellation(new StdioServerTransportProvider(Json.mcp(), in, out), calls)));
    }

    /**
     * Serves this process's standard input and output until the client closes standard input. Standard
     * output is the protocol channel: the transport gets the real one, and anything else that prints to
     * {@code System.out} goes to standard error instead.
     */
    public void serveStdio() throws InterruptedException {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        CountDownLatch closed = new CountDownLatch(1);
        InputStream in = new FilterInputStream(new FileInputStream(FileDescriptor.in)) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return ended(super.read(b, off, len));
            }

            private int ended(int n) {
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            }
        };
        McpSyncServer server = stdio(in, protocol);
        closed.await();
        server.closeGracefully();
    }

    <S extends McpServer.SyncSpecification<S>> McpSyncServer configure(McpServer.SyncSpecification<S> spec) {
        ToolRunner runner = new ToolRunner(engine, limits, workingFolder, workers);
        return spec.serverInfo("archforge", Version.VERSION)
                .instructions(INSTRUCTIONS)
                .jsonMapper(Json.mcp())
                .capabilities(ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .prompts(false)
                        .build())
                // the tools check their own arguments, so a wrong one is a tool error with the CLI's message
                .validateToolInputs(false)
                .requestTimeout(Duration.ofSeconds(30))
                .tools(Tools.all(runner))
                .resources(Resources.all(engine.rules()))
                .resourceTemplates(Resources.ruleTemplate(engine.rules()))
                .prompts(Prompts.all())
                .build();
    }

    /** The tool calls in flight, for cancellation. */
    RunningCalls calls() {
        return calls;
    }

    /** How many workers are doing a call now (an estimate, as the pool gives it). */
    int busyWorkers() {
        return workers.getActiveCount();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
