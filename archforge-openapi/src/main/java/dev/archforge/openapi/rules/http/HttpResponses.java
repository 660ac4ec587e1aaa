package dev.archforge.openapi.rules.http;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Responses by status code, each response object once even when many operations reference it. */
final class HttpResponses {
    private HttpResponses() {}

    /**
     * A response object and the first place it is used.
     *
     * @param op the first operation that uses it
     * @param code the status code it is declared under there
     * @param response the response object, references followed
     * @param shared true when it is a reusable component reached through {@code $ref}
     */
    record Site(Operation op, String code, ObjectNode response, boolean shared) {
        /** {@code 201 response of POST /pets}, or {@code 201 response 'Created'} for a component. */
        String label() {
            if (shared) {
                return code + " response '" + response.key().orElse("?") + "'";
            }
            return code + " response of " + op.label();
        }
    }

    /** Every distinct response object declared under a status code that {@code codes} accepts. */
    static List<Site> withStatus(ApiDocument api, Predicate<String> codes) {
        List<Site> out = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation op : api.operations()) {
            if (op.responses().isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Node> entry : op.responses().get().members().entrySet()) {
                String code = entry.getKey();
                if (!codes.test(code)) {
                    continue;
                }
                api.object(entry.getValue())
                        .filter(seen::add)
                        .ifPresent(response -> out.add(new Site(op, code, response, response != entry.getValue())));
            }
        }
        return out;
    }

    /** True when a status code, or range such as {@code 2XX}, means success (2xx or 3xx, or 101). */
    static boolean isSuccess(String code) {
        return code.startsWith("2") || code.startsWith("3") || code.equals("101");
    }
}
