package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Optional;

/**
 * A body on GET, HEAD or DELETE has no defined meaning (RFC 9110 §9.3): proxies, caches and many
 * clients drop it or reject the request. An optional DELETE body degrades gracefully when dropped,
 * so DELETE is reported only when it requires one.
 */
@RuleInfo(
        id = "api-get-with-body",
        title = "GET or HEAD declares a request body, or DELETE requires one",
        severity = Severity.WARNING,
        category = Category.HTTP,
        howToFix = "Move the input to query or path parameters, or use POST for a query or action that needs a body.")
public final class GetWithBodyRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (!api.hasRequestBody(op) || isEmptyOptionalBody(api, op)) {
                continue;
            }
            switch (op.method()) {
                case "get", "head" ->
                    context.report(
                            op.node(),
                            op.label() + " declares a request body, which has no defined meaning for "
                                    + op.upperMethod());
                case "delete" -> {
                    if (isBodyRequired(api, op)) {
                        context.report(
                                op.node(),
                                op.label() + " requires a request body, which many clients and proxies do not send");
                    }
                }
                default -> {}
            }
        }
    }

    private static boolean isBodyRequired(ApiDocument api, Operation op) {
        if (api.version() == SpecVersion.SWAGGER_2) {
            return api.parameters(op).stream()
                    .anyMatch(p -> p.isTrue("required")
                            && p.text("in")
                                    .filter(in -> in.equals("body") || in.equals("formData"))
                                    .isPresent());
        }
        return op.node()
                .get("requestBody")
                .flatMap(api::object)
                .filter(b -> b.isTrue("required"))
                .isPresent();
    }

    /**
     * True for the optional body some generators put on every operation: an object schema with
     * no properties that allows none either ({@code additionalProperties: false}).
     */
    private static boolean isEmptyOptionalBody(ApiDocument api, Operation op) {
        if (isBodyRequired(api, op) || api.version() == SpecVersion.SWAGGER_2) {
            return false;
        }
        return api.requestContent(op).values().stream().allMatch(schema -> schema.flatMap(api::object)
                .filter(GetWithBodyRule::acceptsNothing)
                .isPresent());
    }

    private static boolean acceptsNothing(ObjectNode schema) {
        boolean noProperties =
                schema.object("properties").map(p -> p.size() == 0).orElse(true);
        Optional<Node> additional = schema.get("additionalProperties");
        boolean closed = additional
                .flatMap(Node::asScalar)
                .filter(s -> s.text().equals("false"))
                .isPresent();
        return noProperties && closed;
    }
}
