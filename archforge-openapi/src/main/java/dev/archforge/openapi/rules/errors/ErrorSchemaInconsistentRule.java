package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Error responses whose body has another format than most error responses of the API, so
 * clients need one error parser per endpoint. The dominant format is the shape (type and
 * property names) used by most error responses; a body that carries at least half of its
 * properties counts as the same family. The OAuth 2.0 error body (RFC 6749) of token endpoints is
 * mandated by its standard and left alone.
 */
@RuleInfo(
        id = "api-error-schema-inconsistent",
        title = "Error response uses a different schema than the rest of the API",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Use one error schema for every error response (ideally RFC 9457 problem details); put"
                + " endpoint-specific details in extra properties of that schema.")
public final class ErrorSchemaInconsistentRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Map<ErrorResponses.Definition, ErrorShape> shapes = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        Map<String, ErrorShape> firstOfKey = new LinkedHashMap<>();
        for (ErrorResponses.Definition d : ErrorResponses.definitions(context.api(), ErrorResponses::isError)) {
            ErrorResponses.content(context.api(), d).entrySet().stream()
                    .filter(e -> ErrorResponses.isJson(e.getKey()))
                    .map(Map.Entry::getValue)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .flatMap((Node schema) -> ErrorShape.of(context.api(), schema))
                    .ifPresent(shape -> {
                        shapes.put(d, shape);
                        uses.merge(shape.key(), d.uses(), Integer::sum);
                        firstOfKey.putIfAbsent(shape.key(), shape);
                    });
        }
        if (uses.size() < 2) {
            return;
        }
        String dominantKey = uses.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow()
                .getKey();
        ErrorShape dominant = Objects.requireNonNull(firstOfKey.get(dominantKey));
        int total = uses.values().stream().mapToInt(Integer::intValue).sum();
        shapes.forEach((d, shape) -> {
            if (!shape.compatibleWith(dominant) && !shape.isOAuthError()) {
                context.report(
                        d.response(),
                        d.label() + " uses schema " + shape.quoted() + ", while " + uses.get(dominantKey) + " of "
                                + total + " error responses use " + dominant.quoted());
            }
        });
    }
}
