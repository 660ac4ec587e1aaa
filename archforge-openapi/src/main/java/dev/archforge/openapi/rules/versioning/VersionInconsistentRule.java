package dev.archforge.openapi.rules.versioning;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Paths that do not follow the API's usual version: most paths start with {@code /v1} and a few
 * with {@code /v2} or with no version at all, so clients must mix versions. Versions are compared
 * among paths with the same prefix before the version ({@code /apis/apps/v1} is not compared with
 * {@code /apis/batch/v1}), and preview channels ({@code v1beta1}) served next to the stable
 * version are not compared; paths such as {@code /}, {@code /health} and discovery paths that
 * only lead to versioned ones ({@code /apis/apps}) are left alone.
 */
@EndpointListRule
@RuleInfo(
        id = "api-version-inconsistent",
        tags = {"strict"},
        title = "Paths mix API versions",
        severity = Severity.WARNING,
        category = Category.VERSIONING,
        howToFix = "Serve every path under the same version; publish a new version as a complete set of paths"
                + " (or as its own API description).")
public final class VersionInconsistentRule implements ApiRule {
    private static final String NONE = "";

    private record Entry(String path, Node node, String prefix, String version) {}

    @Override
    public void check(ApiContext context) {
        List<Entry> versioned = new ArrayList<>();
        List<Entry> unversioned = new ArrayList<>();
        context.api().root().object("paths").ifPresent(paths -> paths.members().forEach((path, node) -> {
            if (!path.startsWith("x-") && !Versions.isUtility(path)) {
                Entry e = entry(path, node);
                (e.version().equals(NONE) ? unversioned : versioned).add(e);
            }
        }));
        List<String> versionedPrefixes =
                versioned.stream().map(e -> e.prefix() + "/" + e.version()).toList();
        unversioned.removeIf(e -> leadsToVersioned(e.path(), versionedPrefixes));
        if (versioned.isEmpty()) {
            return;
        }
        if (versioned.size() < unversioned.size()) {
            for (Entry e : versioned) {
                context.report(
                        e.node(),
                        "Path '" + e.path() + "' carries version '" + e.version() + "', while " + unversioned.size()
                                + " paths carry none");
            }
            return;
        }
        if (unversioned.size() < versioned.size()) {
            String example = versioned.get(0).prefix() + "/" + versioned.get(0).version();
            for (Entry e : unversioned) {
                context.report(
                        e.node(),
                        "Path '" + e.path() + "' has no version segment, while " + versioned.size()
                                + " paths carry one (such as '" + example + "')");
            }
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        List<Entry> stable = versioned.stream()
                .filter(e -> !Versions.isPrerelease(e.version()))
                .toList();
        for (Entry e : stable) {
            counts.computeIfAbsent(e.prefix(), k -> new LinkedHashMap<>()).merge(e.version(), 1, Integer::sum);
        }
        for (Entry e : stable) {
            Map<String, Integer> group = Objects.requireNonNull(counts.get(e.prefix()));
            String dominant = dominant(group);
            if (Objects.requireNonNull(group.get(e.version())) < Objects.requireNonNull(group.get(dominant))) {
                String under = e.prefix().isEmpty() ? "" : " under '" + e.prefix() + "'";
                context.report(
                        e.node(),
                        "Path '" + e.path() + "' uses version '" + e.version() + "', while " + group.get(dominant)
                                + " paths" + under + " use '" + dominant + "'");
            }
        }
    }

    private static Entry entry(String path, Node node) {
        Optional<String> version = Versions.version(path);
        if (version.isEmpty()) {
            return new Entry(path, node, "", NONE);
        }
        List<String> segments = Paths.segments(path);
        String prefix = "/" + String.join("/", segments.subList(0, segments.indexOf(version.get())));
        return new Entry(path, node, prefix.equals("/") ? "" : prefix, version.get());
    }

    /** {@code /apis} or {@code /apis/apps}: an unversioned path that only leads to versioned ones. */
    private static boolean leadsToVersioned(String path, List<String> versionedPrefixes) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return versionedPrefixes.stream().anyMatch(v -> v.startsWith(trimmed + "/"));
    }

    private static String dominant(Map<String, Integer> group) {
        return group.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow()
                .getKey();
    }
}
