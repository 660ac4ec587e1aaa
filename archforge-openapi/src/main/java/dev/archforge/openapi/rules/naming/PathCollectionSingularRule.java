package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.List;
import java.util.Set;

/** {@code /user/{id}}: the segment before an identifier names the collection the item is in. */
@EndpointListRule
@RuleInfo(
        id = "api-path-collection-singular",
        tags = {"strict"},
        title = "Collection before a path parameter is named in the singular",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Name collections in the plural: /users and /users/{id}, not /user/{id}.")
public final class PathCollectionSingularRule implements ApiRule {
    /** Words that end a segment without naming a collection: {@code blocked_by}. */
    private static final Set<String> NOT_NOUNS = Set.of("at", "by", "for", "from", "in", "of", "on", "to", "with");

    @Override
    public void check(ApiContext context) {
        PathGroups groups = new PathGroups(context);
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            for (int i = 0; i + 1 < segments.size(); i++) {
                String segment = segments.get(i);
                if (Segments.isParameter(segment) || !Segments.isParameter(segments.get(i + 1))) {
                    continue;
                }
                if (!Character.isLetter(segment.charAt(0))
                        || Segments.isVersionOrPrefix(segment)
                        || PathVerbRule.verb(segment).isPresent()
                        || isFreeForm(segments.get(i + 1))) {
                    continue;
                }
                List<String> words = Words.split(segment);
                String noun = headNoun(words);
                if (noun.isEmpty()
                        || words.get(0).equals("by")
                        || NOT_NOUNS.contains(noun)
                        || noun.endsWith("ing")
                        || noun.endsWith("ed")
                        || Words.isPluralOrUncountable(noun)) {
                    continue;
                }
                String prefix = "/" + String.join("/", segments.subList(0, i + 2));
                groups.add(
                        PathGroups.key(prefix), path, "Collection '" + segment + "' in '" + prefix + "' is singular");
            }
        }
        groups.report();
    }

    /**
     * The word a segment's number depends on: the last one, or the one before {@code of}
     * ({@code codes_of_conduct}), skipping a version suffix ({@code projectsV2}).
     */
    static String headNoun(List<String> words) {
        int end = words.indexOf("of") > 0 ? words.indexOf("of") : words.size();
        while (end > 0 && words.get(end - 1).matches("v?\\d+")) {
            end--;
        }
        return end > 0 ? words.get(end - 1) : "";
    }

    /** A parameter that holds a file path or similar free text rather than an item identifier. */
    private static boolean isFreeForm(String parameterSegment) {
        List<String> words = Words.split(parameterSegment);
        return !words.isEmpty() && Set.of("path", "dir", "directory").contains(words.get(words.size() - 1));
    }
}
