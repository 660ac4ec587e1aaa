package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code created_at: {type: string}} says nothing about how the timestamp is written. A field
 * whose example contradicts the format its name suggests is left alone: the name misleads. So is,
 * outside the strict profile, a field whose description contradicts it ({@link FormatEvidence}):
 * the advice would make the document wrong.
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
        boolean strict = context.options().strict();
        for (SchemaSite site : api.schemas()) {
            // a method per schema, not a loop body: called 40,000 times it is soon compiled, where
            // the loop of this method, called once, would run interpreted throughout
            collect(site, byName, formats, strict);
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
            schema.map(s -> hint(name, s, strict))
                    .ifPresent(format -> context.reportValue(
                            param.get("name").orElse(param),
                            "String parameter '" + name + "' has no format (its name suggests '" + format + "')"));
        }
    }

    /** Notes a property schema whose name suggests a format it lacks. */
    private static void collect(
            SchemaSite site, Map<String, List<ObjectNode>> byName, Map<String, String> formats, boolean strict) {
        Optional<String> property = site.property();
        if (property.isEmpty()) {
            return;
        }
        String name = property.get();
        String format = hint(name, site.schema(), strict);
        if (format != null) {
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(site.schema());
            formats.put(name, format);
        }
    }

    /** The format the name suggests for a string schema that lacks one, or null. */
    private static @Nullable String hint(String name, ObjectNode schema, boolean strict) {
        if (!isString(schema)
                || schema.has("format")
                || schema.has("enum")
                || schema.has("const")
                || schema.has("pattern")) {
            return null;
        }
        Optional<String> format = FormatHint.of(name);
        if (format.isEmpty()) {
            return null;
        }
        Optional<Node> example = schema.get("example");
        Optional<String> text = example.isPresent() ? example.get().asText() : Optional.empty();
        if (text.isPresent() && !fits(format.get(), text.get())) {
            return null;
        }
        return !strict && FormatEvidence.contradicts(format.get(), schema, text.isPresent()) ? null : format.get();
    }

    /** {@code SchemaTypes.of(schema).contains("string")} without building a list for every schema. */
    private static boolean isString(ObjectNode schema) {
        Optional<Node> type = schema.get("type");
        if (type.isEmpty()) {
            return false;
        }
        if (type.get() instanceof ArrayNode types) {
            return types.texts().contains("string");
        }
        Optional<String> text = type.get().asText();
        return text.isPresent() && text.get().equals("string");
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
