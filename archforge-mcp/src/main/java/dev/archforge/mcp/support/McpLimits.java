package dev.archforge.mcp.support;

import dev.archforge.source.Limits;
import java.time.Duration;

/**
 * What one tool call may cost: wall time, the size of the text a client sends, and the reading limits
 * of the review. A call over a limit is a tool error naming the limit, never a hung server.
 *
 * @param callTimeout the longest a call may run; the call is interrupted and answered with an error then
 * @param maxInputBytes the most text (UTF-8 bytes, all arguments together) one call may send
 * @param reading the review's reading limits, as {@code archforge review --max-...} sets them
 */
public record McpLimits(Duration callTimeout, long maxInputBytes, Limits reading) {
    public static final McpLimits DEFAULT = new McpLimits(Duration.ofMinutes(2), 16L * 1024 * 1024, Limits.DEFAULT);

    public McpLimits {
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("call timeout must be positive, got " + callTimeout);
        }
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("max input bytes must be positive, got " + maxInputBytes);
        }
    }
}
