package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.regex.Pattern;

/** {@code responses: {ok: ...}} or {@code 2xx}: tools skip or reject a response they cannot match to a status. */
@RuleInfo(
        id = "api-response-status-invalid",
        title = "Response key is not an HTTP status code",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Key each response by a status code from 100 to 599, a range such as 4XX (OpenAPI 3.x only),"
                + " or default.")
public final class ResponseStatusInvalidRule implements ApiRule {
    private static final Pattern CODE = Pattern.compile("[1-5][0-9][0-9]");
    private static final Pattern RANGE = Pattern.compile("[1-5]XX");

    @Override
    public void check(ApiContext context) {
        boolean swagger = context.api().version() == SpecVersion.SWAGGER_2;
        for (Operation op : context.api().operations()) {
            op.responses().ifPresent(responses -> responses.members().forEach((key, response) -> {
                if (key.startsWith("x-")
                        || key.equals("default")
                        || CODE.matcher(key).matches()) {
                    return;
                }
                if (RANGE.matcher(key).matches()) {
                    if (swagger) {
                        context.report(
                                response,
                                "Response key '" + key + "' of " + op.label()
                                        + " is a range, which Swagger 2.0 does not allow");
                    }
                    return;
                }
                context.report(
                        response,
                        "Response key '" + key + "' of " + op.label()
                                + " is not a status code, a range such as 4XX or 'default'");
            }));
        }
    }
}
