package dev.archforge.openapi.rules.pagination;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code limit} here, {@code per_page} there, {@code pageSize} elsewhere: clients cannot share paging code. */
@RuleInfo(
        id = "api-pagination-parameter-inconsistent",
        title = "Page-size parameter is named differently across operations",
        severity = Severity.WARNING,
        category = Category.PAGINATION,
        howToFix = "Use one name for the page-size parameter across the API, the one most operations already use.")
public final class PaginationParameterInconsistentRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<Operation, String> nameOf = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Operation op : api.operations()) {
            Pagination.queryParameters(api, op).entrySet().stream()
                    .filter(e -> Pagination.isPageSize(api, op, e.getKey(), e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .ifPresent(name -> {
                        nameOf.put(op, name);
                        counts.merge(name, 1, Integer::sum);
                    });
        }
        if (counts.size() < 2) {
            return;
        }
        Optional<Map.Entry<String, Integer>> dominant =
                counts.entrySet().stream().max(Map.Entry.comparingByValue());
        String main = dominant.orElseThrow().getKey();
        int mainCount = dominant.orElseThrow().getValue();
        nameOf.forEach((op, name) -> {
            if (!name.equals(main)) {
                context.report(
                        op.node(),
                        op.label() + " names its page size '" + name + "' where " + mainCount + " operations use '"
                                + main + "'");
            }
        });
    }
}
