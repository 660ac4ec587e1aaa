package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schemas operations send as their whole request body, resolved, each with whether every
 * operation sending it creates or replaces (true) or some one updates part of a resource (false):
 * PATCH, or POST to an item path ({@code POST /v1/charges/{charge}}, the way Stripe and Twilio
 * update).
 */
final class BodyUses {
    /** An item path: ends in a parameter, with a format extension as Twilio writes ({@code {Sid}.json}). */
    private static final Pattern ITEM = Pattern.compile("/\\{[^}/]+}(\\.[A-Za-z0-9]+)?$");

    private BodyUses() {}

    static Map<ObjectNode, Boolean> of(ApiDocument api) {
        IdentityHashMap<ObjectNode, Boolean> out = new IdentityHashMap<>();
        for (Operation op : api.operations()) {
            boolean partial = op.method().equals("patch")
                    || (op.method().equals("post") && ITEM.matcher(op.path()).find());
            for (Optional<Node> schema : api.requestContent(op).values()) {
                schema.flatMap(api::object).ifPresent(s -> out.merge(s, !partial, Boolean::logicalAnd));
            }
        }
        return out;
    }
}
