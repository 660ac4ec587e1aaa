package dev.archforge.mcp.tools;

import dev.archforge.mcp.support.Json;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.Set;

/**
 * Tool descriptors as data: each tool's title, description (written for a model choosing a tool) and
 * input and output schemas live in {@code /archforge/mcp/tools/<name>.json}, not in Java strings.
 */
final class Descriptors {
    private Descriptors() {}

    /**
     * The tool named {@code name}. Every tool only reads and computes ({@code openWorldHint: false}:
     * no network); {@code readOnly} is false for a tool that can write files, which then says so.
     */
    @SuppressWarnings("unchecked")
    static Tool load(String name, boolean readOnly) {
        Map<String, Object> d = Json.resource("/archforge/mcp/tools/" + name + ".json");
        String title = (String) d.get("title");
        return Tool.builder(name, (Map<String, Object>) d.get("inputSchema"))
                .title(title)
                .description((String) d.get("description"))
                .outputSchema((Map<String, Object>) d.get("outputSchema"))
                .annotations(new ToolAnnotations(title, readOnly, false, true, false, null))
                .build();
    }

    @SuppressWarnings("unchecked")
    static Set<String> argumentNames(Tool tool) {
        Object props = tool.inputSchema().get("properties");
        return props instanceof Map<?, ?> m ? ((Map<String, Object>) m).keySet() : Set.of();
    }
}
