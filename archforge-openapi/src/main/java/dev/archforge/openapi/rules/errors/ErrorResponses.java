package dev.archforge.openapi.rules.errors;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Status codes and error response definitions, as the error rules read them. */
final class ErrorResponses {
    private ErrorResponses() {}

    /**
     * A response as it is defined: a component response once however many operations use it, or an
     * inline response of one operation.
     *
     * @param response the response object
     * @param code the status code it is first used with
     * @param operation the first operation using it
     * @param component true when it is a reusable component reached through {@code $ref}
     * @param uses how many operation responses use it
     */
    record Definition(ObjectNode response, String code, Operation operation, boolean component, int uses) {
        /** {@code error response 'NotFound'} or {@code error response 404 of GET /pets}. */
        String label() {
            return component
                    ? "Error response '" + response.key().orElse(code) + "'"
                    : "Error response " + code + " of " + operation.label();
        }
    }

    /** A 4xx or 5xx status code, a {@code 4XX}/{@code 5XX} range, or {@code default}. */
    static boolean isError(String code) {
        return isClientOrServer(code) || "default".equals(code);
    }

    /** A 4xx or 5xx status code or range, without {@code default}. */
    static boolean isClientOrServer(String code) {
        return code.length() == 3
                && (code.charAt(0) == '4' || code.charAt(0) == '5')
                && (code.substring(1).chars().allMatch(Character::isDigit)
                        || code.substring(1).equalsIgnoreCase("XX"));
    }

    /** The status codes an operation declares, ranges upper-cased. */
    static Set<String> codes(Operation op) {
        return op.responses()
                .map(r -> r.members().keySet().stream()
                        .filter(c -> !c.startsWith("x-"))
                        .map(c -> c.toUpperCase(Locale.ROOT).equals("DEFAULT") ? "default" : c.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /**
     * True when the declared codes cover one of the wanted 4xx codes: the code itself, the
     * {@code 4XX} range or {@code default}.
     */
    static boolean covers(Set<String> codes, String... wanted) {
        if (codes.contains("default") || codes.contains("4XX")) {
            return true;
        }
        for (String w : wanted) {
            if (codes.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Each response definition whose status code passes {@code codes}, once, in document order. */
    static List<Definition> definitions(ApiDocument api, Predicate<String> codes) {
        Map<ObjectNode, Definition> out = new LinkedHashMap<>();
        for (Operation op : api.operations()) {
            op.responses().ifPresent(responses -> responses.members().forEach((code, raw) -> {
                if (code.startsWith("x-") || !codes.test(code)) {
                    return;
                }
                api.object(raw)
                        .ifPresent(response -> out.merge(
                                response,
                                new Definition(response, code, op, response != raw, 1),
                                (a, b) -> new Definition(
                                        a.response(), a.code(), a.operation(), a.component(), a.uses() + 1)));
            }));
        }
        return new ArrayList<>(out.values());
    }

    /** The media types and schemas of a definition (2.0: {@code schema} with the operation's {@code produces}). */
    static Map<String, Optional<Node>> content(ApiDocument api, Definition d) {
        return api.responseContent(d.operation(), d.response());
    }

    /** The media type without parameters, lower-cased. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** {@code application/json} or any {@code +json} structured syntax suffix. */
    static boolean isJson(String contentType) {
        String mt = mediaType(contentType);
        return mt.equals("application/json") || mt.endsWith("+json") || mt.equals("text/json");
    }
}
