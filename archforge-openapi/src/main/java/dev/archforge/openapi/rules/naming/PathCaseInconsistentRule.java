package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /order-items} next to {@code /shipping_addresses}: clients cannot guess the next URL. */
@EndpointListRule
@RuleInfo(
        id = "api-path-case-inconsistent",
        title = "Path segments mix case styles",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Write every multi-word path segment in one style, kebab-case by preference:"
                + " /order-items and /shipping-addresses.",
        options =
                @RuleInfo.Option(
                        name = CaseStyle.OPTION,
                        defaultValue = CaseStyle.DOMINANT,
                        description = "The style segments must use: dominant (the style most multi-word segments"
                                + " of the document use), kebab-case, snake_case, camelCase or PascalCase."))
public final class PathCaseInconsistentRule implements ApiRule {
    /**
     * The prefixes (segments joined by '/') after which some path has a parameter: a literal there
     * ({@code /metadata/enterprise/securityClassification-6VMVochwUWo} beside
     * {@code /metadata/{scope}/{template_key}}) is a value of that parameter, not a name the API chose.
     */
    /**
     * True when some path has a parameter where {@code segments} has its literal at {@code i}, with
     * the same segments before it (a parameter matching anything): the literal
     * ({@code /metadata/enterprise/securityClassification-6VMVochwUWo} beside
     * {@code /metadata/{scope}/{template_key}}) is a value of that parameter, not a name the API chose.
     */
    static boolean isParameterValue(List<List<String>> templated, List<String> segments, int i) {
        for (List<String> other : templated) {
            if (other.size() > i && Segments.isParameter(other.get(i)) && samePrefix(other, segments, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(List<String> a, List<String> b, int length) {
        for (int j = 0; j < length; j++) {
            if (!a.get(j).equals(b.get(j)) && !Segments.isParameter(a.get(j)) && !Segments.isParameter(b.get(j))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(ApiContext context) {
        PathGroups groups = new PathGroups(context);
        List<String> names = new ArrayList<>();
        for (String path : groups.paths()) {
            names.addAll(literals(path));
        }
        Optional<CaseStyle> expected = CaseStyle.expected(context, names);
        if (expected.isEmpty()) {
            return;
        }
        List<List<String>> templated = new ArrayList<>();
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            if (segments.stream().anyMatch(Segments::isParameter)) {
                templated.add(segments);
            }
        }
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            for (int i = 0; i < segments.size(); i++) {
                String name = Segments.bare(segments.get(i));
                Optional<CaseStyle> style = Segments.isParameter(segments.get(i))
                        ? Optional.empty()
                        : CaseStyle.of(name).filter(s -> s != expected.get());
                if (style.isPresent() && isParameterValue(templated, segments, i)) {
                    continue;
                }
                if (style.isPresent()) {
                    String prefix = "/" + String.join("/", segments.subList(0, i + 1));
                    groups.add(
                            PathGroups.key(prefix),
                            path,
                            "Segment '" + name + "' of '" + prefix + "' is "
                                    + style.get().id() + "; " + CaseStyle.reason(context, expected.get()));
                }
            }
        }
        groups.report();
    }

    private static List<String> literals(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : Segments.of(path)) {
            if (!Segments.isParameter(segment)) {
                out.add(Segments.bare(segment));
            }
        }
        return out;
    }
}
