package dev.archforge.mcp.cancel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What cancellation needs from a JSON-RPC message, read from the start of its text and no further
 * than needed: the method, the id, and the {@code requestId} a {@code notifications/cancelled}
 * names. Clients write {@code method} and {@code id} before {@code params}, so a large call is read
 * for a few hundred bytes; in another order the parameters are skipped over, never kept.
 *
 * @param method the top-level {@code method}
 * @param id the top-level {@code id} (a string or a number)
 * @param cancelled the {@code params.requestId} of a cancellation
 */
record JsonRpcHead(Optional<String> method, Optional<Object> id, Optional<Object> cancelled) {
    static final JsonRpcHead NONE = new JsonRpcHead(Optional.empty(), Optional.empty(), Optional.empty());
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    boolean isToolCall() {
        return method.filter(McpSchema.METHOD_TOOLS_CALL::equals).isPresent() && id.isPresent();
    }

    boolean isCancellation() {
        return method.filter(CancellableSession.CANCELLED::equals).isPresent() && cancelled.isPresent();
    }

    /** The head of the message in {@code in}; nothing for what is not a JSON object (the SDK answers that). */
    static JsonRpcHead read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return NONE;
            }
            String method = null;
            Object id = null;
            Object cancelled = null;
            while (p.nextToken() == JsonToken.FIELD_NAME && !enough(method, id, cancelled)) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("method".equals(name) && value == JsonToken.VALUE_STRING) {
                    method = p.getText();
                } else if ("id".equals(name)) {
                    id = scalar(p, value);
                } else if ("params".equals(name) && (method == null || method.equals(CancellableSession.CANCELLED))) {
                    cancelled = requestId(p, value);
                } else {
                    p.skipChildren();
                }
            }
            return new JsonRpcHead(
                    Optional.ofNullable(method), Optional.ofNullable(id), Optional.ofNullable(cancelled));
        } catch (JsonProcessingException e) {
            return NONE;
        }
    }

    /** Whether what was read is all cancellation needs of this message. */
    private static boolean enough(@Nullable String method, @Nullable Object id, @Nullable Object cancelled) {
        if (method == null) {
            return false;
        }
        return switch (method) {
            case McpSchema.METHOD_TOOLS_CALL -> id != null;
            case CancellableSession.CANCELLED -> cancelled != null;
            default -> true;
        };
    }

    /** The {@code requestId} among the parameters, whose other members are skipped. */
    private static @Nullable Object requestId(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Object found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken member = p.nextToken();
            if ("requestId".equals(name)) {
                found = scalar(p, member);
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private static @Nullable Object scalar(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            default -> {
                p.skipChildren();
                yield null;
            }
        };
    }
}
