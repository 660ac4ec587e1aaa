package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * By default only values whose description states a limit the schema lacks ("up to 64
 * characters") are reported; the strict profile reports every input without one.
 *
 * <p>A number clients send with no maximum: quantities, sizes and counts without a ceiling let one
 * request ask for unbounded work or overflow what the server stores.
 */
@RuleInfo(
        id = "api-integer-unbounded",
        title = "Request number has no maximum",
        severity = Severity.INFO,
        category = Category.SECURITY,
        tags = {"owasp-api4"},
        howToFix = "Give each input number a 'maximum' (or an 'enum') that the server enforces.")
public final class IntegerUnboundedRule implements ApiRule {
    /** Page-size parameters, checked by the pagination rules. */
    private static final Set<String> PAGE_SIZES = Set.of("limit", "perpage", "pagesize", "maxresults", "top");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        List<RequestInputs.Input> unbounded = RequestInputs.of(api).stream()
                .filter(i -> isUnbounded(i.schema()))
                .filter(i -> !PAGE_SIZES.contains(SecuritySupport.norm(i.baseName())))
                .filter(i -> context.options().strict() || StatedLimits.stated(i))
                .toList();
        RequestInputs.report(context, unbounded, "number", "without a maximum");
    }

    private static boolean isUnbounded(ObjectNode schema) {
        return (SecuritySupport.hasType(schema, "integer") || SecuritySupport.hasType(schema, "number"))
                && !schema.has("maximum")
                && !schema.has("exclusiveMaximum")
                && !schema.has("enum")
                && !schema.has("const");
    }
}
