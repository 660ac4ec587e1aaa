package dev.archforge.mcp.tools;

import dev.archforge.engine.review.RuleCatalog;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code explain_rule}: a rule's page, as {@code archforge explain} prints it, with its metadata. */
final class ExplainRuleTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("explain_rule", true);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        String id = call.args().required("id");
        RuleCatalog catalog = call.engine().rules();
        RuleDescriptor rule = catalog.find(id)
                .orElseThrow(() -> new UsageException("unknown rule '" + id + "'"
                        + catalog.closest(id)
                                .map(best -> " (did you mean '" + best + "'?)")
                                .orElse("")
                        + "; list_rules lists them"));
        String page = catalog.page(rule);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rule.id());
        out.put("title", rule.title());
        out.put("severity", rule.severity().id());
        out.put("category", rule.category().id());
        out.put("tags", rule.tags());
        out.put("since", rule.since());
        out.put("howToFix", rule.howToFix());
        out.put("helpUri", rule.docsUrl());
        out.put("resource", "archforge://rules/" + rule.id());
        out.put("page", page);
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(page).build()))
                .structuredContent(out)
                .build();
    }
}
