package dev.archforge.mcp.tools;

import dev.archforge.design.artifact.docs.DecisionsJson;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Warning;
import dev.archforge.engine.design.BlueprintFolder;
import dev.archforge.engine.design.DesignRequest;
import dev.archforge.engine.design.DesignResult;
import dev.archforge.engine.design.Requirements;
import dev.archforge.mcp.support.Json;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code design}: requirements (YAML text, a JSON object, or a file under the roots) in; the decisions
 * as {@code archforge design --format json} writes them out, and the blueprint when asked, embedded in
 * the result or written into a folder under the client's roots.
 */
final class DesignTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("design", false);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        Args args = call.args();
        Optional<Map<String, Object>> object = args.object("requirements");
        Optional<String> yaml = args.string("requirementsYaml");
        Optional<String> path = args.string("path");
        int given = (object.isPresent() ? 1 : 0) + (yaml.isPresent() ? 1 : 0) + (path.isPresent() ? 1 : 0);
        if (given != 1) {
            throw new UsageException("design needs exactly one of 'requirements' (an object valid against the"
                    + " requirements schema), 'requirementsYaml' (the text of archforge.yaml) or 'path' (a file"
                    + " under the client's roots); got " + given);
        }
        String name = args.string("name").orElse("archforge.yaml");
        String mode = args.choice("blueprint", List.of("none", "embed", "write"));
        Optional<Path> out = Optional.empty();
        if (mode.equals("write")) {
            Path dir = call.roots().get().writable("outDir", args.required("outDir"));
            BlueprintFolder.check(dir, args.flag("force"));
            out = Optional.of(dir);
        } else if (args.string("outDir").isPresent()) {
            throw new UsageException("outDir is used only with blueprint: write");
        }
        Requirements requirements = path.isPresent()
                ? Requirements.of(call.roots().get().readable("path", path.get()))
                : Requirements.of(name, yaml.orElseGet(() -> Json.write(object.orElseThrow())));
        DesignResult result = call.engine().design(new DesignRequest(requirements, !mode.equals("none")));
        Design design = result.design();
        Map<String, Object> json = Json.object(DecisionsJson.toJson(design));
        List<Content> content = new ArrayList<>();
        Map<String, Object> blueprint = new LinkedHashMap<>();
        if (result.blueprint().isPresent()) {
            Blueprint files = result.blueprint().get();
            blueprint.put("files", List.copyOf(files.files().keySet()));
            if (out.isPresent()) {
                BlueprintFolder.write(files, out.get());
                blueprint.put("writtenTo", out.get().toString());
            } else {
                files.files()
                        .forEach((p, text) -> content.add(EmbeddedResource.builder(
                                        TextResourceContents.builder("archforge://blueprint/" + p, text)
                                                .mimeType(mimeType(p))
                                                .build())
                                .build()));
            }
        }
        json.put("blueprint", blueprint);
        String summary = summary(design, blueprint);
        json.put("summary", summary);
        content.add(0, TextContent.builder(summary).build());
        return CallToolResult.builder().content(content).structuredContent(json).build();
    }

    private static String summary(Design design, Map<String, Object> blueprint) {
        StringBuilder b = new StringBuilder();
        b.append(design.requirements().system().name())
                .append(": ")
                .append(design.architecture().style().title())
                .append(", ")
                .append(design.decisions().size())
                .append(" decisions.");
        for (Decision d : design.decisions()) {
            b.append("\n- ").append(d.title()).append(": ").append(d.choice());
        }
        for (Warning w : design.warnings()) {
            b.append('\n')
                    .append(w.location())
                    .append(": warning: ")
                    .append(w.message())
                    .append(" [")
                    .append(w.id())
                    .append(']');
        }
        if (!design.questions().isEmpty()) {
            b.append('\n')
                    .append(design.questions().size())
                    .append(" open questions with assumed answers (see questions): ask the user.");
        }
        if (blueprint.get("files") instanceof List<?> files) {
            Object writtenTo = blueprint.get("writtenTo");
            b.append(
                    writtenTo == null
                            ? "\nBlueprint: " + files.size() + " files, embedded below as resources."
                            : "\nBlueprint written to " + writtenTo + " (" + files.size()
                                    + " files); review_design reviews it.");
        }
        return b.toString();
    }

    static String mimeType(String path) {
        if (path.endsWith(".md")) {
            return "text/markdown";
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return "application/yaml";
        }
        if (path.endsWith(".json")) {
            return "application/json";
        }
        if (path.endsWith(".sql")) {
            return "application/sql";
        }
        return "text/plain";
    }
}
