package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A response status code that the IANA HTTP Status Code Registry does not define (420, 499, 209),
 * or one it keeps only as unused (306, 418). Clients, proxies and libraries treat such codes as the
 * generic x00 of their class. Each code is reported once, at its first use.
 */
@RuleInfo(
        id = "api-status-code-unusual",
        title = "Status code not registered with IANA",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Use a registered status code (400, 403, 409, 422, 429, 503...) and carry the specific"
                + " reason in the error body.")
public final class StatusCodeUnusualRule implements ApiRule {
    private static final Set<Integer> REGISTERED = Set.of(
            100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307,
            308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422,
            423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511);
    private static final Set<Integer> UNUSED = Set.of(306, 418);
    private static final Pattern CODE = Pattern.compile("[1-5]([0-9][0-9]|XX)", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(ApiContext context) {
        Map<String, Node> first = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Operation op : context.api().operations()) {
            op.responses().ifPresent(responses -> responses.members().forEach((code, response) -> {
                if (!code.startsWith("x-")
                        && !code.equals("default")
                        && problem(code).isPresent()) {
                    first.putIfAbsent(code, response);
                    uses.merge(code, 1, Integer::sum);
                }
            }));
        }
        first.forEach((code, response) -> {
            int n = Objects.requireNonNull(uses.get(code));
            context.report(
                    response,
                    "Status code " + code + " " + problem(code).orElseThrow()
                            + (n > 1 ? " (used by " + n + " operations)" : ""));
        });
    }

    private static Optional<String> problem(String code) {
        if (!CODE.matcher(code).matches()) {
            return Optional.of("is not a valid status code or range");
        }
        if (code.substring(1).equalsIgnoreCase("XX")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(code);
        if (UNUSED.contains(value)) {
            return Optional.of("is reserved as unused in the IANA HTTP status code registry");
        }
        return REGISTERED.contains(value)
                ? Optional.empty()
                : Optional.of("is not registered in the IANA HTTP status code registry");
    }
}
