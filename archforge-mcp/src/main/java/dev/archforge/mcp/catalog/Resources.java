package dev.archforge.mcp.catalog;

import dev.archforge.design.requirements.RequirementsSchema;
import dev.archforge.engine.review.RuleCatalog;
import dev.archforge.mcp.support.Json;
import dev.archforge.model.RuleDescriptor;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources: every rule page ({@code archforge://rules/{id}}, listed and as a template), the
 * requirements JSON Schema ({@code archforge://schema/requirements}) and the example designs
 * ({@code archforge://examples/<name>}), all read from the jar.
 */
public final class Resources {
    static final String RULES = "archforge://rules/";
    public static final String SCHEMA = "archforge://schema/requirements";
    static final String EXAMPLES = "archforge://examples/";

    /** The example requirements packaged from examples/design: an explicit list, held to the folder by a test. */
    public static final List<String> EXAMPLE_NAMES =
            List.of("b2b-saas", "chat", "fitness", "internal-tool", "marketplace", "telemetry");

    private Resources() {}

    public static List<SyncResourceSpecification> all(RuleCatalog catalog) {
        List<SyncResourceSpecification> out = new ArrayList<>();
        for (RuleDescriptor r : catalog.all()) {
            Resource resource = Resource.builder(RULES + r.id(), r.id())
                    .title(r.title())
                    .description("The documentation page of rule " + r.id() + " ("
                            + r.severity().id() + ")")
                    .mimeType("text/markdown")
                    .build();
            out.add(new SyncResourceSpecification(
                    resource, (ex, req) -> text(req.uri(), "text/markdown", catalog.page(r))));
        }
        out.add(new SyncResourceSpecification(
                Resource.builder(SCHEMA, "archforge-requirements.schema.json")
                        .title("Requirements JSON Schema")
                        .description("The JSON Schema (draft 2020-12) of archforge.yaml: what the design tool"
                                + " accepts as 'requirements'.")
                        .mimeType("application/schema+json")
                        .build(),
                (ex, req) -> text(req.uri(), "application/schema+json", RequirementsSchema.text())));
        for (String name : EXAMPLE_NAMES) {
            out.add(new SyncResourceSpecification(
                    Resource.builder(EXAMPLES + name, name + ".yaml")
                            .title("Example requirements: " + name)
                            .description("A complete archforge.yaml for a " + name
                                    + " backend, to pass to the design tool or to imitate.")
                            .mimeType("application/yaml")
                            .build(),
                    (ex, req) -> text(req.uri(), "application/yaml", example(name))));
        }
        return out;
    }

    /** {@code archforge://rules/{id}} as a template, so a client can read any rule by id. */
    public static SyncResourceTemplateSpecification ruleTemplate(RuleCatalog catalog) {
        ResourceTemplate template = ResourceTemplate.builder(RULES + "{id}", "rule")
                .title("Rule page")
                .description("The documentation page of a rule, by id (as review findings give it).")
                .mimeType("text/markdown")
                .build();
        return new SyncResourceTemplateSpecification(template, (ex, req) -> {
            String id = req.uri().substring(RULES.length());
            RuleDescriptor rule = catalog.find(id)
                    .orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                            .message("unknown rule '" + id + "'"
                                    + catalog.closest(id)
                                            .map(b -> " (did you mean '" + b + "'?)")
                                            .orElse(""))
                            .build());
            return text(req.uri(), "text/markdown", catalog.page(rule));
        });
    }

    public static String example(String name) {
        return Json.text("/archforge/mcp/examples/" + name + ".yaml");
    }

    private static ReadResourceResult text(String uri, String mime, String text) {
        return ReadResourceResult.builder(List.of(
                        TextResourceContents.builder(uri, text).mimeType(mime).build()))
                .build();
    }
}
