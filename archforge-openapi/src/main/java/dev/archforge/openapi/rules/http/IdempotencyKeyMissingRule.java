package dev.archforge.openapi.rules.http;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * POST is not idempotent: a client that retries a timed-out payment charges twice unless the
 * server can recognise the retry by an idempotency key. A money word in the path is not enough
 * outside the strict profile: the request or response must carry an amount or a currency (a
 * repository "transfer" moves none). When no operation of the document declares a key, the gap is
 * one finding with every operation that lacks it as a related location.
 */
@RuleInfo(
        id = "api-idempotency-key-missing",
        title = "Money-moving POST takes no Idempotency-Key",
        severity = Severity.WARNING,
        category = Category.HTTP,
        howToFix = "Accept an 'Idempotency-Key' request header on the operation and replay the first response"
                + " for a repeated key.",
        options = {
            @RuleInfo.Option(
                    name = "resources",
                    defaultValue =
                            "payment,charge,order,transfer,refund,payout,invoice,transaction,subscription,checkout",
                    description = "Comma-separated words (singular) that mark a resource whose creation moves money.")
        })
public final class IdempotencyKeyMissingRule implements ApiRule {
    /** Operations lacking a key from which a document that declares none gets one finding. */
    private static final int GROUPED = 5;

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Set<String> resources = Set.copyOf(context.options().list("resources").stream()
                .map(r -> r.toLowerCase(Locale.ROOT))
                .toList());
        boolean strict = context.options().strict();
        List<Operation> gaps = new ArrayList<>();
        Map<Operation, String> words = new HashMap<>();
        boolean anyKey = false;
        for (Operation op : api.operations()) {
            boolean key = hasIdempotencyKey(api, op);
            anyKey |= key;
            if (!op.method().equals("post") || HttpPaths.isItemPath(op.path())) {
                continue;
            }
            Optional<String> word = moneyWord(op, resources);
            if (word.isPresent() && (strict || MoneyFields.carried(api, op))) {
                words.put(op, word.get());
                if (!key) {
                    gaps.add(op);
                }
            }
        }
        if (!anyKey && gaps.size() >= GROUPED) {
            context.reportAll(
                    api.root().get("paths").orElse(api.root()),
                    "No operation declares an Idempotency-Key header; " + gaps.size()
                            + " money-moving POST operations lack it, such as "
                            + gaps.get(0).label(),
                    gaps.stream().map(Operation::node).toList());
            return;
        }
        for (Operation op : gaps) {
            context.report(
                    op.node(),
                    op.label() + " declares no Idempotency-Key header (money-moving resource '" + words.get(op) + "')");
        }
    }

    /**
     * The money word of a creation on a collection ({@code POST /v1/charges}: path or operationId)
     * or of an action whose own name holds one ({@code POST /charges/{id}/refund}); other actions
     * such as {@code .../cancel} are left alone, repeating them does no harm.
     */
    private static Optional<String> moneyWord(Operation op, Set<String> resources) {
        List<String> words = new ArrayList<>(HttpPaths.words(HttpPaths.lastSegment(op.path())));
        if (HttpPaths.isCollectionPath(op.path())) {
            op.operationId().ifPresent(id -> words.addAll(HttpPaths.words(id)));
        }
        return words.stream()
                .map(IdempotencyKeyMissingRule::singular)
                .filter(resources::contains)
                .findFirst();
    }

    private static String singular(String word) {
        return HttpPaths.isPlural(word) ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean hasIdempotencyKey(ApiDocument api, Operation op) {
        boolean header = api.parameters(op).stream()
                .anyMatch(p -> p.text("in").filter("header"::equalsIgnoreCase).isPresent()
                        && p.text("name")
                                .filter(IdempotencyKeyMissingRule::isKeyName)
                                .isPresent());
        if (header) {
            return true;
        }
        for (Optional<Node> schema : api.requestContent(op).values()) {
            Optional<ObjectNode> properties = schema.flatMap(api::object).flatMap(s -> s.object("properties"));
            if (properties.isPresent()
                    && properties.get().members().keySet().stream().anyMatch(IdempotencyKeyMissingRule::isKeyName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeyName(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").contains("idempotency");
    }
}
