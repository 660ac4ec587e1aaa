package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;

/**
 * By default only values whose description states a limit the schema lacks ("up to 64
 * characters") are reported; the strict profile reports every input without one.
 *
 * <p>An array clients send with no maximum size: one request can carry any number of items, and the
 * server does work for each.
 */
@RuleInfo(
        id = "api-array-unbounded",
        title = "Request array has no maximum size",
        severity = Severity.INFO,
        category = Category.SECURITY,
        tags = {"owasp-api4"},
        howToFix = "Give each input array a 'maxItems' that the server enforces; split bigger batches into"
                + " several requests.")
public final class ArrayUnboundedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (RequestInputs.Input i : RequestInputs.of(context.api())) {
            if (SecuritySupport.hasType(i.schema(), "array")
                    && !i.schema().has("maxItems")
                    && !uniqueEnum(context.api(), i.schema())
                    && (context.options().strict() || StatedLimits.stated(i))) {
                context.report(i.at(), i.label() + " is an array without maxItems");
            }
        }
    }

    /** An array of distinct values from an enum cannot be longer than the enum. */
    private static boolean uniqueEnum(ApiDocument api, ObjectNode array) {
        return array.isTrue("uniqueItems")
                && array.get("items")
                        .flatMap(api::object)
                        .filter(items -> items.has("enum"))
                        .isPresent();
    }
}
