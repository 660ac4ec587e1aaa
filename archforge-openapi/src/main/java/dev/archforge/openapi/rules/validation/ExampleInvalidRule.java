package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An example that contradicts its schema misleads readers, breaks mock servers and generated
 * tests, and usually means the schema or the example is out of date.
 */
@RuleInfo(
        id = "api-example-invalid",
        title = "Example does not match its schema",
        severity = Severity.WARNING,
        category = Category.VALIDATION,
        howToFix = "Correct the example, or the schema if the example shows what the API really does.")
public final class ExampleInvalidRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        new Run(context).run();
    }

    /** One document's check; remembers what it visited so shared examples are checked once. */
    private static final class Run {
        private static final DocumentReader READER = new DocumentReader(Limits.DEFAULT);

        private final ApiContext context;
        private final ApiDocument api;
        private final ExampleValidator validator;
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        Run(ApiContext context) {
            this.context = context;
            this.api = context.api();
            this.validator = new ExampleValidator(api);
        }

        void run() {
            for (SchemaSite site : api.schemas()) {
                // a method per schema, not a loop body: called 40,000 times it is soon compiled,
                // where the loop of this method, called once, would run interpreted throughout
                schemaExamples(site.schema());
            }
            for (ObjectNode param : SchemaTypes.parameters(api)) {
                param.get("schema").ifPresent(schema -> exampleAndExamples(param, schema, false));
                param.object("content").ifPresent(this::content);
            }
            for (Operation op : api.operations()) {
                op.node()
                        .get("requestBody")
                        .flatMap(api::object)
                        .flatMap(b -> b.object("content"))
                        .ifPresent(this::content);
                for (ObjectNode response : api.responses(op).values()) {
                    response.object("content").ifPresent(this::content);
                    if (api.version() == SpecVersion.SWAGGER_2) {
                        response.get("schema").ifPresent(schema -> swaggerExamples(response, schema));
                    }
                }
            }
        }

        /** {@code example} and {@code examples} written in a schema itself. */
        private void schemaExamples(ObjectNode schema) {
            Optional<Node> example = schema.get("example");
            if (example.isPresent()) {
                validate(example.get(), schema, false);
            }
            Optional<ArrayNode> examples = schema.array("examples");
            if (examples.isPresent()) {
                for (Node e : examples.get().items()) {
                    validate(e, schema, false);
                }
            }
        }

        private void content(ObjectNode content) {
            // indexed loop instead of members().entrySet(): no map view or entry per media type
            for (int i = 0; i < content.size(); i++) {
                if (json(content.keyAt(i)) && content.valueAt(i) instanceof ObjectNode media && seen.add(media)) {
                    media.get("schema").ifPresent(schema -> exampleAndExamples(media, schema, true));
                }
            }
        }

        /** {@code example: value} and {@code examples: {name: {value: ...}}} of a media type or parameter. */
        private void exampleAndExamples(ObjectNode holder, Node schema, boolean media) {
            holder.get("example").ifPresent(e -> validate(e, schema, media));
            Optional<ObjectNode> examples = holder.object("examples");
            if (examples.isPresent()) {
                ObjectNode named = examples.get();
                // indexed loop instead of members().values().forEach
                for (int i = 0; i < named.size(); i++) {
                    Optional<ObjectNode> ex = api.object(named.valueAt(i));
                    Optional<Node> value = ex.isPresent() ? ex.get().get("value") : Optional.empty();
                    if (value.isPresent()) {
                        validate(value.get(), schema, media);
                    }
                }
            }
        }

        /** Swagger 2.0 responses: {@code examples: {application/json: value}}. */
        private void swaggerExamples(ObjectNode response, Node schema) {
            Optional<ObjectNode> examples = response.object("examples");
            if (examples.isPresent()) {
                ObjectNode byType = examples.get();
                // indexed loop instead of members().forEach
                for (int i = 0; i < byType.size(); i++) {
                    if (json(byType.keyAt(i))) {
                        validate(byType.valueAt(i), schema, true);
                    }
                }
            }
        }

        /**
         * Checks one example. A media type example written as a string holding JSON (as Jira's
         * are) is checked as the JSON it holds: the spec allows a string for content that has no
         * natural JSON form, and renderers show both the same way.
         */
        private void validate(Node example, Node schema, boolean media) {
            if (!seen.add(example)) {
                return;
            }
            Node value = media ? embeddedJson(example, schema).orElse(example) : example;
            Optional<ExampleValidator.Mismatch> mismatch = validator.validate(value, schema);
            mismatch.ifPresent(m -> context.report(example, "Example does not match its schema" + m.describe()));
        }

        private Optional<Node> embeddedJson(Node example, Node schema) {
            Optional<String> text = example.asText().map(String::strip);
            boolean stringSchema = api.object(schema)
                    .map(s -> SchemaTypes.of(s).contains("string"))
                    .orElse(true);
            if (text.isEmpty()
                    || stringSchema
                    || !(text.get().startsWith("{") || text.get().startsWith("["))) {
                return Optional.empty();
            }
            try {
                return Optional.of(READER.parse("example", text.get().getBytes(StandardCharsets.UTF_8))
                        .root());
            } catch (InvalidInputException e) {
                return Optional.empty();
            }
        }

        private static boolean json(String mediaType) {
            String mt = mediaType.toLowerCase(Locale.ROOT);
            return mt.contains("json") || mt.startsWith("*/*") || mt.startsWith("application/x-www-form-urlencoded");
        }
    }
}
