package dev.archforge.openapi.rules.pagination;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Optional;

/**
 * A list that returns every item at once grows with the data: responses get slow and large,
 * and adding pagination later breaks every client that expected the full list.
 */
@RuleInfo(
        id = "api-collection-not-paginated",
        title = "Collection GET returns a list without pagination parameters",
        severity = Severity.WARNING,
        category = Category.PAGINATION,
        tags = {"owasp-api4", "strict"},
        howToFix = "Add a page-size parameter with a maximum (such as 'limit') and a cursor or offset parameter.")
public final class CollectionNotPaginatedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (!Pagination.isCollectionGet(op) || Pagination.isPaginated(api, op)) {
                continue;
            }
            Optional<String> shape =
                    Pagination.okSchema(api, op).flatMap(schema -> Pagination.listShape(api, schema, op));
            shape.ifPresent(s ->
                    context.report(op.node(), op.label() + " returns " + s + " but takes no pagination parameter"));
        }
    }
}
