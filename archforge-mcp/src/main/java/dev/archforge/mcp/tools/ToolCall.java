package dev.archforge.mcp.tools;

import dev.archforge.engine.Engine;
import dev.archforge.mcp.support.McpLimits;
import java.util.function.Supplier;

/**
 * One call as a tool sees it: its arguments, the client's roots (asked for only when a tool reads or
 * writes a path), the engine and the limits.
 */
record ToolCall(Args args, Supplier<Roots> roots, Engine engine, McpLimits limits) {}
