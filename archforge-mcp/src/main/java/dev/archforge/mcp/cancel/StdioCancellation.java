package dev.archforge.mcp.cancel;

import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Cancellation for a provider of sessions that read their own messages (stdio): each session the
 * server makes is wrapped so that it sees every message before the SDK's session does
 * ({@link CancellableSession}) and every response before it is written ({@link SilencedTransport}).
 * The SDK has no hook for custom notification handlers in its server builder, so this is the one
 * place a {@code notifications/cancelled} can be caught.
 */
public final class StdioCancellation implements McpServerTransportProvider {
    private final McpServerTransportProvider provider;
    private final RunningCalls calls;

    public StdioCancellation(McpServerTransportProvider provider, RunningCalls calls) {
        this.provider = provider;
        this.calls = calls;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory factory) {
        provider.setSessionFactory(transport -> {
            // the registry's own key for the session: the SDK's id exists only once the session does,
            // and the transport below needs a key before
            String key = "stdio-" + UUID.randomUUID();
            SilencedTransport silenced = new SilencedTransport(transport, calls, key);
            return new CancellableSession(factory.create(silenced), silenced, calls, key);
        });
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return provider.notifyClients(method, params);
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return provider.notifyClient(sessionId, method, params);
    }

    @Override
    public void close() {
        provider.close();
    }

    @Override
    public Mono<Void> closeGracefully() {
        return provider.closeGracefully();
    }

    @Override
    public List<String> protocolVersions() {
        return provider.protocolVersions();
    }
}
