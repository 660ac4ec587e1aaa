package dev.archforge.mcp.tools;

import dev.archforge.model.RuleDescriptor;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code list_rules}: the rule catalogue, filtered by id prefix, category or a word of the title. */
final class ListRulesTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("list_rules", true);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        Args args = call.args();
        String prefix = args.string("prefix").orElse("");
        String category = args.string("category").orElse("");
        String word = args.string("search").orElse("").toLowerCase(Locale.ROOT);
        List<Map<String, Object>> rules = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (RuleDescriptor r : call.engine().rules().all()) {
            if (!r.id().startsWith(prefix)
                    || (!category.isEmpty() && !r.category().id().equals(category))
                    || (!word.isEmpty()
                            && !r.title().toLowerCase(Locale.ROOT).contains(word)
                            && !r.id().contains(word))) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("severity", r.severity().id());
            m.put("category", r.category().id());
            m.put("tags", r.tags());
            m.put("since", r.since());
            rules.add(m);
            text.append(r.id())
                    .append("  ")
                    .append(r.severity().id())
                    .append("  ")
                    .append(r.title())
                    .append('\n');
        }
        text.append(rules.size()).append(" rules. explain_rule shows a rule's page.");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", rules.size());
        out.put("rules", rules);
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(text.toString()).build()))
                .structuredContent(out)
                .build();
    }
}
