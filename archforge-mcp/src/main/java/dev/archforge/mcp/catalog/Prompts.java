package dev.archforge.mcp.catalog;

import dev.archforge.mcp.support.Json;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;

/**
 * The prompts: {@code design-a-backend} drives the question loop (draft, ask the user the open
 * questions, draft again with the answers, design, explain); {@code review-my-api} reviews and explains.
 * Their text is in {@code /archforge/mcp/prompts/<name>.md}, with {@code {{argument}}} placeholders.
 */
public final class Prompts {
    private Prompts() {}

    public static List<SyncPromptSpecification> all() {
        return List.of(
                prompt(
                        "design-a-backend",
                        "Design a backend with Archforge",
                        "Turn a brief into requirements, ask the user the questions that change decisions,"
                                + " then design and explain the backend.",
                        new PromptArgument("brief", "Brief", "What is being built, in the user's words.", true)),
                prompt(
                        "review-my-api",
                        "Review my API or schema",
                        "Review an OpenAPI document, endpoint list or PostgreSQL schema/migrations and explain"
                                + " what to fix first.",
                        new PromptArgument(
                                "path",
                                "Path",
                                "The file or folder to review (under the client's roots); empty to ask.",
                                false)));
    }

    private static SyncPromptSpecification prompt(String name, String title, String description, PromptArgument arg) {
        String template = Json.text("/archforge/mcp/prompts/" + name + ".md");
        Prompt prompt = Prompt.builder(name)
                .title(title)
                .description(description)
                .arguments(List.of(arg))
                .build();
        return new SyncPromptSpecification(prompt, (ex, req) -> {
            Map<String, Object> args = req.arguments() == null ? Map.of() : req.arguments();
            Object value = args.get(arg.name());
            String filled = template.replace(
                    "{{" + arg.name() + "}}",
                    value == null || value.toString().isBlank() ? "(ask the user)" : value.toString());
            return GetPromptResult.builder(List.of(new PromptMessage(
                            Role.USER, TextContent.builder(filled).build())))
                    .description(description)
                    .build();
        });
    }
}
