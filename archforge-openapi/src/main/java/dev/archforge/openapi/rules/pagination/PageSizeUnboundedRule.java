package dev.archforge.openapi.rules.pagination;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page size without a maximum lets one request ask for a million rows: unrestricted resource
 * consumption (OWASP API4:2023).
 */
@RuleInfo(
        id = "api-page-size-unbounded",
        title = "Page-size parameter has no maximum",
        severity = Severity.WARNING,
        category = Category.PAGINATION,
        tags = {"owasp-api4"},
        howToFix = "Declare a 'maximum' on the page-size parameter's schema and enforce it on the server.")
public final class PageSizeUnboundedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, List<ObjectNode>> unbounded = new LinkedHashMap<>();
        for (Operation op : api.operations()) {
            for (Map.Entry<String, ObjectNode> e :
                    Pagination.queryParameters(api, op).entrySet()) {
                ObjectNode param = e.getValue();
                if (!Pagination.isPageSize(api, op, e.getKey(), param)
                        || !Pagination.isNumeric(api, param)
                        || !seen.add(param)) {
                    continue;
                }
                boolean bounded = api.parameterSchema(param)
                        .filter(s -> s.has("maximum") || s.has("enum") || hasNumericExclusiveMaximum(s))
                        .isPresent();
                if (!bounded) {
                    unbounded
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(param);
                }
            }
        }
        // a parameter written out again in every list operation is one decision: one finding
        unbounded.forEach((name, params) -> {
            String message = "Page-size parameter '" + name + "' has no maximum";
            if (params.size() == 1) {
                context.report(params.get(0), message);
            } else {
                context.reportAll(params.get(0), message + " (declared " + params.size() + " times)", params);
            }
        });
    }

    private static boolean hasNumericExclusiveMaximum(ObjectNode schema) {
        return schema.get("exclusiveMaximum")
                .flatMap(Node::asScalar)
                .flatMap(s -> s.number())
                .isPresent();
    }
}
