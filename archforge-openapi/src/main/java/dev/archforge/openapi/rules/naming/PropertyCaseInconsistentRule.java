package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code created_at} next to {@code updatedAt}: clients need a mapping per field instead of one rule. */
@RuleInfo(
        id = "api-property-case-inconsistent",
        tags = {"strict"},
        title = "Schema property names mix case styles",
        severity = Severity.INFO,
        category = Category.NAMING,
        howToFix = "Write every property name in the style the rest of the API uses.",
        options =
                @RuleInfo.Option(
                        name = CaseStyle.OPTION,
                        defaultValue = CaseStyle.DOMINANT,
                        description = "The style names must use: dominant (the style most multi-word property"
                                + " names of the document use), kebab-case, snake_case, camelCase or PascalCase."))
public final class PropertyCaseInconsistentRule implements ApiRule {
    private static final int LISTED = 5;

    @Override
    public void check(ApiContext context) {
        List<ObjectNode> holders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SchemaSite site : context.api().propertySchemas()) {
            Optional<ObjectNode> properties = site.schema().object("properties");
            if (properties.isPresent()) {
                ObjectNode props = properties.get();
                holders.add(props);
                // indexed loop instead of addAll(members().keySet()): no map view per schema
                for (int i = 0; i < props.size(); i++) {
                    names.add(props.keyAt(i));
                }
            }
        }
        Optional<CaseStyle> expected = CaseStyle.expected(context, names);
        if (expected.isEmpty()) {
            return;
        }
        CaseStyle want = expected.get();
        Map<String, Optional<CaseStyle>> memo = new HashMap<>();
        for (ObjectNode props : holders) {
            // indexed loop instead of a stream over members().keySet(): runs for every property
            List<String> offending = new ArrayList<>();
            for (int i = 0; i < props.size(); i++) {
                String n = props.keyAt(i);
                Optional<CaseStyle> style = memo.computeIfAbsent(n, CaseStyle::of);
                if (style.isPresent() && style.get() != want) {
                    offending.add(n);
                }
            }
            if (offending.isEmpty()) {
                continue;
            }
            String quoted =
                    offending.stream().limit(LISTED).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
            String more = offending.size() > LISTED ? " and " + (offending.size() - LISTED) + " more" : "";
            String styles = offending.stream()
                    .map(n -> CaseStyle.of(n).orElseThrow().id())
                    .distinct()
                    .collect(Collectors.joining(" or "));
            context.report(
                    props.get(offending.get(0)).orElseThrow(),
                    (offending.size() == 1 ? "Property " + quoted + " is " : "Properties " + quoted + more + " are ")
                            + styles + "; " + CaseStyle.reason(context, expected.get()));
        }
    }
}
