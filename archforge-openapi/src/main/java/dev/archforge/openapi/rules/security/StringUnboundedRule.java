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
 * <p>A string clients send with no upper bound on its length: the server, its database column and
 * everything that processes the value must cope with whatever size arrives. Strings in request
 * bodies and forms are checked; query strings are capped by the URL limit of servers and proxies.
 */
@RuleInfo(
        id = "api-string-unbounded",
        title = "Request string has no length limit",
        severity = Severity.INFO,
        category = Category.SECURITY,
        tags = {"owasp-api4"},
        howToFix = "Give each input string a 'maxLength' (or an 'enum', a 'pattern' or a bounded 'format' such as"
                + " 'date-time' or 'uuid') that matches what the server stores, and reject longer values.")
public final class StringUnboundedRule implements ApiRule {
    /** Formats whose values have a bounded length. */
    static final Set<String> BOUNDED_FORMATS = Set.of(
            "date",
            "date-time",
            "time",
            "duration",
            "uuid",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "int32",
            "int64",
            "binary");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        List<RequestInputs.Input> unbounded = RequestInputs.of(api).stream()
                .filter(i -> !i.in().equals("query"))
                .filter(i -> isUnbounded(i.schema()))
                .filter(i -> context.options().strict() || StatedLimits.stated(i))
                .toList();
        RequestInputs.report(context, unbounded, "string", "without a length limit");
    }

    private static boolean isUnbounded(ObjectNode schema) {
        return SecuritySupport.hasType(schema, "string")
                && !schema.has("maxLength")
                && !schema.has("enum")
                && !schema.has("const")
                && !schema.has("pattern")
                && !schema.text("format").filter(BOUNDED_FORMATS::contains).isPresent();
    }
}
