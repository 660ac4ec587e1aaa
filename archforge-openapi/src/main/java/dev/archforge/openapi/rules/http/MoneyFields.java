package dev.archforge.openapi.rules.http;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an operation's request or success response carries money: a property named like an
 * amount or a currency, within a few levels of the body. The document's own evidence that a
 * "transfer" or "subscription" moves money.
 */
final class MoneyFields {
    private static final int DEPTH = 3;

    private MoneyFields() {}

    static boolean carried(ApiDocument api, Operation op) {
        for (Optional<Node> schema : api.requestContent(op).values()) {
            if (schema.flatMap(api::object).filter(s -> hasMoney(api, s)).isPresent()) {
                return true;
            }
        }
        return op.responses()
                .flatMap(r -> r.get("200").or(() -> r.get("201")))
                .flatMap(api::object)
                .map(r -> api.responseContent(op, r).values().stream().anyMatch(s -> s.flatMap(api::object)
                        .filter(o -> hasMoney(api, o))
                        .isPresent()))
                .orElse(false);
    }

    private static boolean hasMoney(ApiDocument api, ObjectNode root) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<ObjectNode> level = new ArrayDeque<>();
        level.add(root);
        for (int depth = 0; depth < DEPTH && !level.isEmpty(); depth++) {
            Deque<ObjectNode> next = new ArrayDeque<>();
            for (ObjectNode schema : level) {
                if (!seen.add(schema)) {
                    continue;
                }
                Optional<ObjectNode> properties = schema.object("properties");
                if (properties.isPresent()) {
                    for (String name : properties.get().members().keySet()) {
                        if (isMoney(name)) {
                            return true;
                        }
                    }
                    properties.get().members().values().forEach(v -> api.object(v)
                            .ifPresent(next::add));
                }
                for (String key : new String[] {"allOf", "oneOf", "anyOf"}) {
                    schema.array(key)
                            .ifPresent(a -> a.items().forEach(v -> api.object(v).ifPresent(next::add)));
                }
            }
            level = next;
        }
        return false;
    }

    static boolean isMoney(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("amount")
                || n.equals("currency")
                || n.startsWith("amount_")
                || n.startsWith("amount")
                || n.endsWith("_amount")
                || n.endsWith("amount")
                || n.equals("price")
                || n.endsWith("_price")
                || n.equals("unit_amount");
    }
}
