package dev.archforge.mcp.tools;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.cancel.Call;
import dev.archforge.mcp.support.McpLimits;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Root;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs every tool call the same way: arguments checked for size, the call on the server's worker pool
 * under the time limit, and anything it throws turned into a tool error. The SDK's thread waits; when
 * it is interrupted (the SDK gives up on the request), the limit passes or the client cancels the call
 * ({@link Call}), the worker is interrupted and the engine stops at its next file or rule, so the
 * worker is free for the next call. One bad call never reaches the protocol layer, so the next call
 * is served as if it had not happened.
 */
public final class ToolRunner {
    /** The arguments that name files: a call with one of them needs the client's roots. */
    private static final Set<String> PATH_ARGUMENTS = Set.of("paths", "path", "config", "baseline", "outDir");
    /**
     * The answer to a cancelled call. The transports do not send it (the specification asks for no
     * response); it is what a client sees should a cancellation cross the result on its way out.
     */
    static final String CANCELLED = "archforge: the call was cancelled by the client";

    private final Engine engine;
    private final McpLimits limits;
    private final Path workingFolder;
    private final ExecutorService workers;

    public ToolRunner(Engine engine, McpLimits limits, Path workingFolder, ExecutorService workers) {
        this.engine = engine;
        this.limits = limits;
        this.workingFolder = workingFolder;
        this.workers = workers;
    }

    SyncToolSpecification spec(ArchforgeTool tool) {
        return SyncToolSpecification.builder()
                .tool(tool.descriptor())
                .callHandler((exchange, request) -> run(tool, exchange, request))
                .build();
    }

    CallToolResult run(ArchforgeTool tool, McpSyncServerExchange exchange, CallToolRequest request) {
        Optional<Call> call = Call.of(exchange.transportContext());
        try {
            Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
            long size = utf8Size(arguments);
            if (size > limits.maxInputBytes()) {
                return ToolErrors.error(
                        "archforge: the arguments of this call are " + size + " bytes, over the limit of "
                                + limits.maxInputBytes() + " (--max-input-mb); send less at once");
            }
            String name = tool.descriptor().name();
            Set<String> known = Descriptors.argumentNames(tool.descriptor());
            // roots/list is asked here, on the SDK's thread, before the worker starts: a worker stopped by
            // the time limit in the middle of that request would break the HTTP response stream
            Supplier<Roots> roots = needsRoots(arguments)
                    ? constant(roots(exchange))
                    : () -> {
                        throw new IllegalStateException("tool " + name + " asked for roots without a path argument");
                    };
            if (call.isPresent() && call.get().cancelled()) {
                return ToolErrors.error(CANCELLED);
            }
            Future<CallToolResult> future = workers.submit(
                    () -> tool.call(new ToolCall(new Args(name, arguments, known), roots, engine, limits)));
            call.ifPresent(c -> c.attach(future));
            return await(future);
        } catch (RuntimeException | Error e) { // NOPMD: the boundary where anything becomes a tool error
            return ToolErrors.of(e);
        }
    }

    private CallToolResult await(Future<CallToolResult> future) {
        try {
            return future.get(limits.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ToolErrors.error("archforge: the call took longer than its limit of "
                    + limits.callTimeout().toSeconds() + " s (--call-timeout) and was stopped");
        } catch (CancellationException e) {
            // the client's notifications/cancelled: RunningCalls interrupted the worker
            return ToolErrors.error(CANCELLED);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ToolErrors.error("archforge: the call was cancelled");
        } catch (ExecutionException e) {
            return ToolErrors.of(e.getCause() == null ? e : e.getCause());
        }
    }

    private static boolean needsRoots(Map<String, Object> arguments) {
        return arguments.keySet().stream().anyMatch(PATH_ARGUMENTS::contains);
    }

    private static Supplier<Roots> constant(Roots roots) {
        return () -> roots;
    }

    private Roots roots(McpSyncServerExchange exchange) {
        ClientCapabilities caps = exchange.getClientCapabilities();
        if (caps == null || caps.roots() == null) {
            return Roots.of(List.of(), workingFolder);
        }
        // SDK 2.2.0 deprecates server-to-client requests on the session exchange without a replacement in
        // this server API: the successor is the separate io.modelcontextprotocol.modern server (input-required
        // results of a later protocol revision), a port of the whole server, not of this call.
        @SuppressWarnings("deprecation")
        List<Root> roots = exchange.listRoots().roots();
        return Roots.of(
                roots == null ? List.of() : roots.stream().map(Root::uri).toList(), workingFolder);
    }

    /** The UTF-8 size of every string in the arguments, the part a client can make large. */
    static long utf8Size(Object value) {
        if (value instanceof String s) {
            return s.length() < 4096 ? s.getBytes(StandardCharsets.UTF_8).length : utf8Length(s);
        }
        long total = 0;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                total += utf8Size(String.valueOf(e.getKey())) + (e.getValue() == null ? 0 : utf8Size(e.getValue()));
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                total += item == null ? 0 : utf8Size(item);
            }
        }
        return total;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
