package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An operation on one item ({@code /pets/{id}}) that documents no 404 for a missing item. */
@RuleInfo(
        id = "api-not-found-missing",
        title = "Operation on an item path declares no 404 response",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Declare a 404 response with the error schema, or a 4XX/default error response.")
public final class NotFoundMissingRule implements ApiRule {
    /** {@code {id}}, or {@code {Sid}.json} as Twilio writes item paths. */
    private static final Pattern ITEM = Pattern.compile("\\{[^}]+}(\\.[A-Za-z0-9]+)?");

    @Override
    public void check(ApiContext context) {
        List<Operation> applicable = new ArrayList<>();
        List<Operation> gaps = new ArrayList<>();
        for (Operation op : context.api().operations()) {
            if (isItemPath(op.path())) {
                applicable.add(op);
                if (!ErrorResponses.covers(ErrorResponses.codes(op), "404")) {
                    gaps.add(op);
                }
            }
        }
        OperationGaps.report(
                context,
                applicable,
                gaps,
                op -> op.label() + " addresses one item but declares no 404 response",
                "on one item declare no 404 response");
    }

    static boolean isItemPath(String path) {
        List<String> segments = Paths.segments(path);
        return !segments.isEmpty()
                && ITEM.matcher(segments.get(segments.size() - 1)).matches();
    }
}
