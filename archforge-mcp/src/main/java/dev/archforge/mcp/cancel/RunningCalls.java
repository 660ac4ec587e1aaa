package dev.archforge.mcp.cancel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The tool calls in flight, by session and JSON-RPC request id: what {@code notifications/cancelled}
 * names. A call is here from the moment its transport reads it until its response is sent (or, once
 * cancelled, not sent); cancelling an id that is not here, unknown or already answered, does nothing.
 */
public final class RunningCalls {
    private final ConcurrentMap<Key, Call> calls = new ConcurrentHashMap<>();

    /**
     * A request id as JSON-RPC compares it: {@code 1} and {@code 1.0} are one id, {@code "1"} another.
     * A number is written in scientific notation once its zeros are stripped, never in full: an id such
     * as {@code 1e999999999} must not become a billion digits; one too large for a double stays as read.
     */
    private record Key(String session, String id) {
        static Key of(String session, Object requestId) {
            String id;
            if ((requestId instanceof Double d && !Double.isFinite(d))
                    || (requestId instanceof Float f && !Float.isFinite(f))) {
                id = "#" + requestId;
            } else if (requestId instanceof Number n) {
                id = "#" + new BigDecimal(n.toString()).stripTrailingZeros();
            } else {
                id = "\"" + requestId;
            }
            return new Key(session, id);
        }
    }

    /** How many calls are in flight, every session together. */
    public int size() {
        return calls.size();
    }

    Call start(String session, Object requestId) {
        Call call = new Call();
        calls.put(Key.of(session, requestId), call);
        return call;
    }

    /** Forgets the call; a later call that reused its id keeps its own entry. */
    void end(String session, Object requestId, Call call) {
        calls.remove(Key.of(session, requestId), call);
    }

    /** Cancels the call if it is in flight; says whether it was. */
    boolean cancel(String session, Object requestId) {
        Optional<Call> call = Optional.ofNullable(calls.get(Key.of(session, requestId)));
        call.ifPresent(Call::cancel);
        return call.isPresent();
    }

    /** Whether the response to this request must not be sent: its call was cancelled. */
    boolean cancelled(String session, Object requestId) {
        Call call = calls.get(Key.of(session, requestId));
        return call != null && call.cancelled();
    }
}
