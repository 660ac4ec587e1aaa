package dev.archforge.openapi.rules.versioning;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Optional;

/**
 * The version appears in the server URL (or 2.0 {@code basePath}) and again in the paths, so the
 * URLs clients build read {@code /v1/v1/users}, or carry two versions that must be kept in step.
 * Reported once per server URL.
 */
@RuleInfo(
        id = "api-version-in-path-and-server",
        title = "Version appears in both the server URL and the paths",
        severity = Severity.INFO,
        category = Category.VERSIONING,
        howToFix = "Keep the version in one place: in the server URL (or basePath) or in the paths, not both.")
public final class VersionInPathAndServerRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Optional<Operation> versionedPath = context.api().operations().stream()
                .filter(op -> Versions.version(op.path()).isPresent())
                .findFirst();
        if (versionedPath.isEmpty()) {
            return;
        }
        String path = versionedPath.get().path();
        String pathVersion = Versions.version(path).orElseThrow();
        for (Versions.Server server : Versions.servers(context.api())) {
            Versions.version(server).ifPresent(serverVersion -> {
                String where =
                        server.node().key().filter("basePath"::equals).isPresent() ? "Base path '" : "Server URL '";
                context.report(
                        server.node(),
                        where + server.url() + "' carries version '" + serverVersion + "' and path '" + path
                                + "' carries '" + pathVersion + "', so requests go to '"
                                + trimSlash(server.path()) + path + "'");
            });
        }
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
