package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /users.json}: the representation is chosen with {@code Accept}, not with the URL. */
@EndpointListRule
@RuleInfo(
        id = "api-path-file-extension",
        title = "Path ends with a format extension",
        severity = Severity.WARNING,
        category = Category.NAMING,
        howToFix = "Drop the extension and let clients choose the format with the Accept header"
                + " (application/json, text/csv); declare each media type in the responses.")
public final class PathFileExtensionRule implements ApiRule {
    private static final Set<String> FORMATS =
            Set.of("atom", "csv", "htm", "html", "json", "jsonl", "ndjson", "rss", "tsv", "txt", "xml", "yaml", "yml");
    private static final int LISTED = 3;

    @Override
    public void check(ApiContext context) {
        context.api().root().object("paths").ifPresent(paths -> {
            Map<String, String> found = new LinkedHashMap<>();
            int total = 0;
            for (String path : paths.members().keySet()) {
                if (!path.startsWith("x-")) {
                    total++;
                    extension(path).ifPresent(ext -> found.put(path, ext));
                }
            }
            if (found.size() * 2 > total && found.size() > LISTED) {
                List<String> exts = found.values().stream()
                        .distinct()
                        .map(e -> "'." + e + "'")
                        .toList();
                context.report(
                        paths,
                        found.size() + " of " + total + " paths end with a format extension (" + String.join(", ", exts)
                                + ")");
                return;
            }
            found.forEach((path, ext) -> context.report(
                    paths.get(path).orElseThrow(),
                    "Path '" + path + "' ends with the format extension '." + ext + "'"));
        });
    }

    static Optional<String> extension(String path) {
        List<String> segments = Segments.of(path);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String last = segments.get(segments.size() - 1);
        int dot = last.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
        return FORMATS.contains(ext) ? Optional.of(ext) : Optional.empty();
    }
}
