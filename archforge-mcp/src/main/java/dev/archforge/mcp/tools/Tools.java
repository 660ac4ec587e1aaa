package dev.archforge.mcp.tools;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.List;

/** Every tool, in the order a client lists them: an explicit registry. */
public final class Tools {
    private Tools() {}

    public static List<SyncToolSpecification> all(ToolRunner runner) {
        return List.of(
                        new ReviewTool(),
                        new ListRulesTool(),
                        new ExplainRuleTool(),
                        new DraftTool(),
                        new DesignTool(),
                        new ReviewDesignTool())
                .stream()
                .map(runner::spec)
                .toList();
    }
}
