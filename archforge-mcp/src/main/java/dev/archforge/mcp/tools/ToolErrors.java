package dev.archforge.mcp.tools;

import dev.archforge.model.CancelledException;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what went wrong in a call into a tool result with {@code isError: true} and the message the
 * CLI prints for the same problem: the located {@code file:line:col: message} for invalid input, the
 * plain sentence for a usage error, one line for a bug (its stack trace goes to the log, on stderr).
 */
public final class ToolErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ToolErrors.class);

    private ToolErrors() {}

    public static CallToolResult of(Throwable t) {
        return error(message(t));
    }

    public static CallToolResult error(String message) {
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(message).build()))
                .isError(true)
                .build();
    }

    static String message(Throwable t) {
        if (t instanceof InvalidInputException invalid) {
            return invalid.describe();
        }
        if (t instanceof UsageException usage) {
            return "archforge: " + usage.getMessage();
        }
        if (t instanceof CancelledException) {
            // the worker was interrupted by something other than its call's own cancellation: the server stopping
            return "archforge: the call was cancelled";
        }
        if (t instanceof OutOfMemoryError) {
            return "archforge: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); send less at once or start the server with more (JAVA_TOOL_OPTIONS=-Xmx2g)";
        }
        LOG.warn("internal error in a tool call", t);
        String text = t.getMessage() == null
                ? ""
                : ": " + t.getMessage().lines().findFirst().orElse("");
        return "archforge: internal error: " + t.getClass().getSimpleName() + text
                + " (a bug in Archforge; the server's stderr has the stack trace; please report it)";
    }
}
