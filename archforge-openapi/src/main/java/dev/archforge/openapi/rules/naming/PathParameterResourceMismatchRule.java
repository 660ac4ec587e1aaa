package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /users/{orderId}}: the parameter says it identifies something the path does not hold. */
@EndpointListRule
@RuleInfo(
        id = "api-path-parameter-resource-mismatch",
        tags = {"strict"},
        title = "Path parameter names a different resource than its collection",
        severity = Severity.INFO,
        category = Category.NAMING,
        howToFix = "Name the parameter after the collection it indexes (/users/{userId}), or move it under the"
                + " collection it names.")
public final class PathParameterResourceMismatchRule implements ApiRule {
    /** Words that end the resource part of a parameter name: {@code order} in {@code orderId}. */
    private static final Set<String> IDENTIFIERS = Set.of(
            "code",
            "gid",
            "guid",
            "handle",
            "id",
            "identifier",
            "ids",
            "key",
            "name",
            "no",
            "num",
            "number",
            "ref",
            "sid",
            "slug",
            "uid",
            "uuid");
    /** Collections of people, commonly indexed by a user or account identifier. */
    private static final Set<String> PEOPLE = Set.of(
            "admins",
            "assignees",
            "bans",
            "collaborators",
            "contributors",
            "followers",
            "invitees",
            "maintainers",
            "members",
            "moderators",
            "owners",
            "participants",
            "people",
            "persons",
            "recipients",
            "reviewers",
            "subscribers",
            "viewers",
            "watchers");

    private static final Set<String> PERSON = Set.of("account", "member", "person", "principal", "user");

    @Override
    public void check(ApiContext context) {
        PathGroups groups = new PathGroups(context);
        for (String path : groups.paths()) {
            List<String> segments = Segments.of(path);
            List<String> run = new ArrayList<>();
            for (String segment : segments) {
                if (!Segments.isParameter(segment)) {
                    run.add(0, segment);
                    continue;
                }
                List<String> names = Paths.parameterNames(segment);
                if (!run.isEmpty() && segment.startsWith("{") && names.size() == 1) {
                    List<String> resource = resource(Words.split(names.get(0)));
                    if (!resource.isEmpty()
                            && run.stream().noneMatch(l -> names(Words.split(l), names.get(0), resource))) {
                        String prefix = path.substring(0, path.indexOf(segment) + segment.length());
                        groups.add(
                                Segments.withoutExtension(prefix),
                                path,
                                "Parameter '{" + names.get(0) + "}' of '" + prefix + "' is named for '"
                                        + String.join(" ", resource) + "', but the collection is '" + run.get(0)
                                        + "'");
                    }
                }
                run.clear();
            }
        }
        groups.report();
    }

    /**
     * The resource a parameter name claims to identify: the words before its identifier word
     * ({@code issue} in {@code issueIdOrKey}); empty when the name does not end in one.
     */
    static List<String> resource(List<String> words) {
        List<String> w = new ArrayList<>(words);
        while (!w.isEmpty() && w.get(w.size() - 1).chars().allMatch(Character::isDigit)) {
            w.remove(w.size() - 1);
        }
        if (w.size() < 2 || !IDENTIFIERS.contains(w.get(w.size() - 1))) {
            return List.of();
        }
        w.remove(w.size() - 1);
        while (w.size() >= 2
                && (w.get(w.size() - 1).equals("or") || w.get(w.size() - 1).equals("and"))
                && IDENTIFIERS.contains(w.get(w.size() - 2))) {
            w.remove(w.size() - 1);
            w.remove(w.size() - 1);
        }
        return w.contains("or") || w.contains("and") ? List.of() : w;
    }

    /** True when a literal segment plausibly names what the parameter identifies. */
    private static boolean names(List<String> literal, String param, List<String> resource) {
        if (literal.isEmpty()) {
            return true;
        }
        String last = literal.get(literal.size() - 1);
        String joined = String.join("", literal);
        String res = String.join("", resource);
        String resLast = resource.get(resource.size() - 1);
        String initials = literal.stream().map(l -> l.substring(0, 1)).collect(Collectors.joining());
        return Words.sameNoun(joined, res)
                || Words.sameNoun(last, resLast)
                || Words.sameNoun(last, res)
                || (resLast.length() >= 4 && joined.contains(resLast))
                || (literal.size() > 1 && initials.equals(res))
                || (PEOPLE.contains(last) && PERSON.contains(resLast))
                || Words.split(param).stream().anyMatch(w -> Words.sameNoun(last, w));
    }
}
