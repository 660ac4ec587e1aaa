package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code ?page_size=} next to {@code ?sortOrder=}: one API, two conventions to remember. */
@RuleInfo(
        id = "api-parameter-case-inconsistent",
        title = "Path and query parameter names mix case styles",
        severity = Severity.INFO,
        category = Category.NAMING,
        howToFix = "Write every path and query parameter name in the style the rest of the API uses.",
        options =
                @RuleInfo.Option(
                        name = CaseStyle.OPTION,
                        defaultValue = CaseStyle.DOMINANT,
                        description = "The style names must use: dominant (the style most multi-word path and"
                                + " query parameter names of the document use), kebab-case, snake_case, camelCase"
                                + " or PascalCase."))
public final class ParameterCaseInconsistentRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        List<ObjectNode> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ObjectNode p : ParameterDefinitions.of(context.api())) {
            String in = p.text("in").orElse("");
            if ((in.equals("path") || in.equals("query")) && p.text("name").isPresent()) {
                params.add(p);
                names.add(base(p.text("name").orElseThrow()));
            }
        }
        Optional<CaseStyle> expected = CaseStyle.expected(context, names);
        if (expected.isEmpty()) {
            return;
        }
        // one finding per name, however many operations declare it: renaming it is one change
        Map<String, List<Node>> byName = new LinkedHashMap<>();
        Map<String, CaseStyle> styles = new LinkedHashMap<>();
        for (ObjectNode p : params) {
            String name = p.text("name").orElseThrow();
            Optional<CaseStyle> style = CaseStyle.of(base(name)).filter(s -> s != expected.get());
            if (style.isPresent()) {
                byName.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(p.get("name").orElseThrow());
                styles.put(name, style.get());
            }
        }
        byName.forEach((name, places) -> {
            String message = "Parameter '" + name + "' is "
                    + Objects.requireNonNull(styles.get(name)).id() + "; " + CaseStyle.reason(context, expected.get());
            if (places.size() == 1) {
                context.report(places.get(0), message);
            } else {
                context.reportAll(places.get(0), message + " (declared " + places.size() + " times)", places);
            }
        });
    }

    /** The name without a bracketed suffix: {@code filter[created_at]} is {@code filter}. */
    private static String base(String name) {
        int cut = name.indexOf('[');
        return cut > 0 ? name.substring(0, cut) : name;
    }
}
