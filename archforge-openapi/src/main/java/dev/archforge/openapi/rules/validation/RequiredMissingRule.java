package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Without {@code required}, every property of a request is optional and the server must cope.
 * Checked are whole request bodies and the components they use; a nested object property is left
 * alone (whether it is sent at all is its parent's business), and so are schemas written inline in
 * a PATCH operation, where partial updates make everything optional by design. Outside the strict
 * profile only whole request bodies sent to create or replace are checked ({@link #createBody}).
 */
@RuleInfo(
        id = "api-required-missing",
        tags = {"strict"},
        title = "Request object schema has no required list",
        severity = Severity.INFO,
        category = Category.VALIDATION,
        howToFix = "List the properties clients must send under 'required'.")
public final class RequiredMissingRule implements ApiRule {
    private static final java.util.regex.Pattern EITHER = java.util.regex.Pattern.compile(
            "\\beither\\b|exactly one of|only one of|one of the following", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public void check(ApiContext context) {
        Map<ObjectNode, Boolean> bodies = context.options().strict() ? Map.of() : BodyUses.of(context.api());
        for (SchemaSite site : RequestSchemas.objects(context.api())) {
            if (!site.isProperty()
                    && !site.schema().has("required")
                    && !inPatch(site.schema())
                    && (context.options().strict() || createBody(site, bodies))) {
                int count =
                        site.schema().object("properties").map(p -> p.size()).orElse(0);
                context.report(
                        site.schema(),
                        RequestSchemas.label(site) + " is sent in requests and has " + count
                                + (count == 1 ? " property" : " properties") + " but no 'required' list");
            }
        }
    }

    /**
     * True for a whole request body only ever sent to create or replace: not a component reached
     * only through other schemas (its parent decides whether it is sent), not a body of a partial
     * update (PATCH, or POST to an item path as Stripe and Twilio update), and not a schema the
     * document names as partial ({@code ...Partial}, {@code ...Update}, {@code ...Patch}).
     */
    private static boolean createBody(SchemaSite site, Map<ObjectNode, Boolean> bodies) {
        Boolean onlyCreates = bodies.get(site.schema());
        if (onlyCreates == null || !onlyCreates) {
            return false;
        }
        String name = site.schema().key().orElse("").toLowerCase(java.util.Locale.ROOT);
        return !name.contains("partial")
                && !name.contains("update")
                && !name.contains("patch")
                && !eitherOr(site.schema());
    }

    /** True when the schema's text says its properties are alternatives ("Either a token or ..."). */
    private static boolean eitherOr(ObjectNode schema) {
        if (schema.text("description").filter(d -> EITHER.matcher(d).find()).isPresent()) {
            return true;
        }
        return schema.object("properties")
                .map(p -> p.members().values().stream()
                        .anyMatch(v -> v instanceof ObjectNode o
                                && o.text("description")
                                        .filter(d -> EITHER.matcher(d).find())
                                        .isPresent()))
                .orElse(false);
    }

    /** True for a schema written inline in a PATCH operation, where every property is optional by design. */
    private static boolean inPatch(Node schema) {
        for (Optional<Node> n = Optional.of(schema); n.isPresent(); n = n.get().parent()) {
            Optional<Node> path = n.get().parent();
            if (n.get().key().filter("patch"::equals).isPresent()
                    && path.flatMap(Node::parent)
                            .flatMap(Node::key)
                            .filter("paths"::equals)
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }
}
