package dev.archforge.mcp.tools;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/** One tool: what a client lists (name, schemas, annotations) and what a call does. */
interface ArchforgeTool {
    Tool descriptor();

    /** Answers one call; throws the engine's exceptions for bad input, which the runner turns into tool errors. */
    CallToolResult call(ToolCall call);
}
