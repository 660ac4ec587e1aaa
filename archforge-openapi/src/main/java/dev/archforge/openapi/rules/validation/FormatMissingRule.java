package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code created_at: {type: string}} says nothing about how the timestamp is written. A field
 * whose example contradicts the format its name suggests is left alone: the name misleads.
 */
@RuleInfo(
        id = "api-format-missing",
        title = "String field named like an email, UUID, date or URL has no format",
        severity = Severity.INFO,
        category = Category.VALIDATION,
        howToFix = "Add the format the name promises (email, uuid, date-time, date or uri), or a pattern.")
public final class FormatMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        // A name repeated in many inline schemas (GitHub writes 'html_url' hundreds of times) is
        // one decision to fix: reported once, at its first place, with how many places share it.
        Map<String, List<ObjectNode>> byName = new LinkedHashMap<>();
        Map<String, String> formats = new HashMap<>();
        for (SchemaSite site : api.schemas()) {
            if (site.property().isPresent()) {
                String name = site.property().get();
                hint(name, site.schema()).ifPresent(format -> {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(site.schema());
                    formats.put(name, format);
                });
            }
        }
        byName.forEach((name, sites) -> context.report(
                sites.get(0),
                "String property '" + name + "' has no format (its name suggests '" + formats.get(name) + "')"
                        + (sites.size() > 1 ? "; " + sites.size() + " properties of that name lack it" : "")));
        for (ObjectNode param : SchemaTypes.parameters(api)) {
            String name = param.text("name").orElse("");
            Optional<ObjectNode> schema = api.version() == SpecVersion.SWAGGER_2
                    ? Optional.of(param)
                    : param.object("schema").filter(s -> !s.has("$ref"));
            schema.flatMap(s -> hint(name, s))
                    .ifPresent(format -> context.reportValue(
                            param.get("name").orElse(param),
                            "String parameter '" + name + "' has no format (its name suggests '" + format + "')"));
        }
    }

    private static Optional<String> hint(String name, ObjectNode schema) {
        if (!SchemaTypes.of(schema).contains("string")
                || schema.has("format")
                || schema.has("enum")
                || schema.has("const")
                || schema.has("pattern")) {
            return Optional.empty();
        }
        Optional<String> format = FormatHint.of(name);
        Optional<String> example = schema.get("example").flatMap(Node::asText);
        if (format.isPresent() && example.isPresent() && !fits(format.get(), example.get())) {
            return Optional.empty();
        }
        return format;
    }

    /**
     * False when the example shows the field is not what its name says: GitHub's
     * {@code following_url} holds a URI template, {@code ssh_url} an scp-style address.
     */
    private static boolean fits(String format, String example) {
        if (!format.equals("uri")) {
            return ExampleValidator.validFormat(format, example);
        }
        try {
            return new URI(example).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
