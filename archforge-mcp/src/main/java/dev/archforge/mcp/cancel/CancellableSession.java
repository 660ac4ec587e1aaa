package dev.archforge.mcp.cancel;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Implementation;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The SDK's session with cancellation in front: a {@code tools/call} is registered and its
 * {@link Call} put in the transport context the SDK reads for the request; a
 * {@code notifications/cancelled} cancels the call it names and goes no further (the SDK has no
 * handler for it and would log it as unknown). Every other method is the SDK session's.
 *
 * <p>A subclass only because the stdio provider takes a {@link McpServerSession}, a class: its own
 * state is never used, every public method is passed on.
 */
final class CancellableSession extends McpServerSession {
    static final String CANCELLED = "notifications/cancelled";

    private final McpServerSession session;
    private final RunningCalls calls;
    private final String key;

    CancellableSession(McpServerSession session, McpServerTransport transport, RunningCalls calls, String key) {
        super(
                session.getId(),
                Duration.ZERO,
                transport,
                request -> Mono.error(new IllegalStateException("the wrapped session answers initialize")),
                Map.of(),
                Map.of());
        this.session = session;
        this.calls = calls;
        this.key = key;
    }

    @Override
    public Mono<Void> handle(JSONRPCMessage message) {
        if (message instanceof JSONRPCNotification notification && CANCELLED.equals(notification.method())) {
            if (notification.params() instanceof Map<?, ?> params && params.get("requestId") != null) {
                calls.cancel(key, params.get("requestId"));
            }
            return Mono.empty();
        }
        if (message instanceof JSONRPCRequest request
                && McpSchema.METHOD_TOOLS_CALL.equals(request.method())
                && request.id() != null) {
            Object id = request.id();
            Call call = calls.start(key, id);
            return session.handle(message)
                    .contextWrite(context -> withCall(context, call))
                    .doFinally(signal -> calls.end(key, id, call));
        }
        return session.handle(message);
    }

    private static Context withCall(Context context, Call call) {
        McpTransportContext transport = context.getOrDefault(McpTransportContext.KEY, McpTransportContext.EMPTY);
        McpTransportContext base = transport == null ? McpTransportContext.EMPTY : transport;
        return context.put(McpTransportContext.KEY, base.putAll(Map.of(Call.CONTEXT_KEY, call)));
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public void init(ClientCapabilities clientCapabilities, Implementation clientInfo) {
        session.init(clientCapabilities, clientInfo);
    }

    @Override
    public void setMinLoggingLevel(LoggingLevel minLoggingLevel) {
        session.setMinLoggingLevel(minLoggingLevel);
    }

    @Override
    public boolean isNotificationForLevelAllowed(LoggingLevel loggingLevel) {
        return session.isNotificationForLevelAllowed(loggingLevel);
    }

    @Override
    public <T> Mono<T> sendRequest(String method, Object requestParams, TypeRef<T> typeRef) {
        return session.sendRequest(method, requestParams, typeRef);
    }

    @Override
    public Mono<Void> sendNotification(String method, Object params) {
        return session.sendNotification(method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return session.closeGracefully();
    }

    @Override
    public void close() {
        session.close();
    }
}
