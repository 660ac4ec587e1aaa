package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.Optional;

/**
 * Without {@code required}, every property of a request is optional and the server must cope.
 * Checked are whole request bodies and the components they use; a nested object property is left
 * alone (whether it is sent at all is its parent's business), and so are schemas written inline in
 * a PATCH operation, where partial updates make everything optional by design.
 */
@RuleInfo(
        id = "api-required-missing",
        title = "Request object schema has no required list",
        severity = Severity.INFO,
        category = Category.VALIDATION,
        howToFix = "List the properties clients must send under 'required'.")
public final class RequiredMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (SchemaSite site : RequestSchemas.objects(context.api())) {
            if (!site.isProperty() && !site.schema().has("required") && !inPatch(site.schema())) {
                int count =
                        site.schema().object("properties").map(p -> p.size()).orElse(0);
                context.report(
                        site.schema(),
                        RequestSchemas.label(site) + " is sent in requests and has " + count
                                + (count == 1 ? " property" : " properties") + " but no 'required' list");
            }
        }
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
