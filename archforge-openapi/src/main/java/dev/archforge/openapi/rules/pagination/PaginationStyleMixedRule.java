package dev.archforge.openapi.rules.pagination;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cursor pagination ({@code starting_after}, {@code page_token}) and offset pagination
 * ({@code offset}, {@code page}) in the same API make clients write two paging loops.
 */
@RuleInfo(
        id = "api-pagination-style-mixed",
        title = "API mixes cursor and offset pagination",
        severity = Severity.INFO,
        category = Category.PAGINATION,
        howToFix = "Pick one pagination style for the whole API (cursors scale better) and migrate the minority.")
public final class PaginationStyleMixedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<Pagination.Style, List<Operation>> byStyle = new EnumMap<>(Pagination.Style.class);
        Map<Pagination.Style, String> example = new EnumMap<>(Pagination.Style.class);
        for (Operation op : api.operations()) {
            Map<Pagination.Style, String> styles = new EnumMap<>(Pagination.Style.class);
            Pagination.queryParameters(api, op).forEach((name, param) -> Pagination.style(api, name, param)
                    .ifPresent(style -> styles.putIfAbsent(style, name)));
            if (styles.size() == 1) {
                Map.Entry<Pagination.Style, String> only =
                        styles.entrySet().iterator().next();
                byStyle.computeIfAbsent(only.getKey(), s -> new ArrayList<>()).add(op);
                example.putIfAbsent(only.getKey(), only.getValue());
            }
        }
        List<Operation> cursor = byStyle.getOrDefault(Pagination.Style.CURSOR, List.of());
        List<Operation> offset = byStyle.getOrDefault(Pagination.Style.OFFSET, List.of());
        if (cursor.isEmpty() || offset.isEmpty()) {
            return;
        }
        Operation first = (offset.size() <= cursor.size() ? offset : cursor).get(0);
        context.report(
                first.node(),
                "The API mixes cursor pagination (" + count(cursor) + ", e.g. '"
                        + example.get(Pagination.Style.CURSOR) + "') and offset pagination (" + count(offset)
                        + ", e.g. '" + example.get(Pagination.Style.OFFSET) + "')");
    }

    private static String count(List<Operation> ops) {
        return ops.size() == 1 ? "1 operation" : ops.size() + " operations";
    }
}
