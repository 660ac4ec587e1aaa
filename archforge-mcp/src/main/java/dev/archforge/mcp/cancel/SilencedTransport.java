package dev.archforge.mcp.cancel;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.util.List;
import reactor.core.publisher.Mono;

/** A session's transport that does not send the response to a cancelled call. */
final class SilencedTransport implements McpServerTransport {
    private final McpServerTransport transport;
    private final RunningCalls calls;
    private final String session;

    SilencedTransport(McpServerTransport transport, RunningCalls calls, String session) {
        this.transport = transport;
        this.calls = calls;
        this.session = session;
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
        if (message instanceof JSONRPCResponse response
                && response.id() != null
                && calls.cancelled(session, response.id())) {
            return Mono.empty();
        }
        return transport.sendMessage(message);
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return transport.unmarshalFrom(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return transport.closeGracefully();
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public List<String> protocolVersions() {
        return transport.protocolVersions();
    }
}
