package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An error response that is not RFC 9457 problem details. Component responses are reported once
 * where defined; inline responses with the same content (same media types, same schema reference)
 * are one design choice copied around, so they are reported once, at the first; when several
 * definitions share the choice, the document gets one finding naming the count, with every
 * definition as a related location. Responses without
 * a body, and HTML pages for browser flows, are left alone.
 */
@RuleInfo(
        id = "api-error-not-problem-details",
        title = "Error response is not RFC 9457 problem details",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Return errors as 'application/problem+json' (RFC 9457) with a schema carrying type, title,"
                + " status, detail and instance, plus your own extension members.")
public final class ErrorNotProblemDetailsRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Map<String, ErrorResponses.Definition> first = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        for (ErrorResponses.Definition d : ErrorResponses.definitions(context.api(), ErrorResponses::isError)) {
            Map<String, Optional<Node>> content = ErrorResponses.content(context.api(), d);
            if (content.isEmpty()
                    || content.keySet().stream().anyMatch(ErrorNotProblemDetailsRule::isProblem)
                    || content.keySet().stream()
                            .allMatch(t -> ErrorResponses.mediaType(t).equals("text/html"))) {
                continue;
            }
            String key = d.component()
                    ? "component " + d.response().pointer()
                    : new TreeSet<>(content.keySet()) + " " + schemaKey(content);
            if (first.putIfAbsent(key, d) == null) {
                types.put(key, List.copyOf(content.keySet()));
            }
            more.merge(key, 0, (a, b) -> a + 1);
        }
        if (first.size() > 1) {
            // one API-wide choice: one finding, every response definition a related location
            int total = first.size()
                    + more.values().stream().mapToInt(Integer::intValue).sum();
            Set<String> media = new TreeSet<>();
            types.values().forEach(media::addAll);
            context.reportAll(
                    context.api().root().get("paths").orElse(context.api().root()),
                    total + " error responses (" + first.size() + " definitions) have content type '"
                            + String.join("', '", media) + "', not 'application/problem+json'",
                    first.values().stream()
                            .map(ErrorResponses.Definition::response)
                            .toList());
            return;
        }
        first.forEach((key, d) -> {
            int others = Objects.requireNonNull(more.get(key));
            context.report(
                    d.response(),
                    d.label() + " has content type '" + String.join("', '", types.get(key))
                            + "', not 'application/problem+json'"
                            + (others == 0 ? "" : " (and " + others + " more inline error responses like it)"));
        });
    }

    private static boolean isProblem(String contentType) {
        String mt = ErrorResponses.mediaType(contentType);
        return mt.equals("application/problem+json") || mt.equals("application/problem+xml");
    }

    /** The schema reference, or the schema's own position when it is inline (inline schemas never group). */
    private static String schemaKey(Map<String, Optional<Node>> content) {
        StringBuilder sb = new StringBuilder();
        for (Optional<Node> schema : content.values()) {
            sb.append(
                    schema.map(s -> s instanceof ObjectNode o && o.text("$ref").isPresent()
                                    ? o.text("$ref").orElseThrow()
                                    : s.pointer())
                            .orElse("-"));
            sb.append(' ');
        }
        return sb.toString();
    }
}
