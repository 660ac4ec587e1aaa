package dev.archforge.mcp.cancel;

import io.modelcontextprotocol.common.McpTransportContext;
import java.util.Optional;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * One {@code tools/call} in flight, registered by the transport that read it: the tool runner finds
 * it in the transport context and attaches the worker doing the call. Cancelling interrupts that
 * worker (the engine stops at its next file or rule) and marks the call, so the transport sends no
 * response for it, as the specification asks.
 */
public final class Call {
    /** Where the call is in the {@link McpTransportContext} of its request. */
    public static final String CONTEXT_KEY = "archforge.call";

    private volatile boolean cancelled;
    private @Nullable Future<?> worker;

    Call() {}

    /** The call of the request whose transport context this is; empty where no transport registered one. */
    public static Optional<Call> of(@Nullable McpTransportContext context) {
        return context != null && context.get(CONTEXT_KEY) instanceof Call call ? Optional.of(call) : Optional.empty();
    }

    /** The worker doing the call; cancelled at once if the call was cancelled before it started. */
    public synchronized void attach(Future<?> worker) {
        this.worker = worker;
        if (cancelled) {
            worker.cancel(true);
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    synchronized void cancel() {
        cancelled = true;
        if (worker != null) {
            worker.cancel(true);
        }
    }
}
