package dev.archforge.openapi.rules.versioning;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API shows no versioning strategy: no version in server URLs or paths, no version header or
 * query parameter, no versioned media type. {@code info.version} versions the document, not the
 * API clients call. API-wide, reported once on {@code info}.
 */
@RuleInfo(
        id = "api-version-missing",
        title = "No API versioning strategy is visible",
        severity = Severity.INFO,
        category = Category.VERSIONING,
        howToFix = "Version the API in one visible way: a '/v1' segment in the server URL, a version header"
                + " (such as Api-Version) declared as a parameter, or a versioned media type.")
public final class VersionMissingRule implements ApiRule {
    private static final Set<String> QUERY_NAMES = Set.of("api-version", "api_version", "apiversion");
    private static final Pattern HEADER = Pattern.compile("(x-)?(api-)?version|.+-version");
    private static final Pattern MEDIA_TYPE = Pattern.compile(".*(vnd\\.[^;+]*\\.v\\d+|;\\s*(version|v)=).*");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        if (api.operations().isEmpty() || versioned(api)) {
            return;
        }
        Node at = api.root().get("info").orElse(api.root());
        context.report(
                at,
                "No API version in server URLs, paths, version headers or media types (info.version '"
                        + api.root()
                                .object("info")
                                .flatMap(i -> i.scalarText("version"))
                                .orElse("")
                        + "' versions the document only)");
    }

    private static boolean versioned(ApiDocument api) {
        for (Versions.Server server : Versions.servers(api)) {
            if (Versions.version(server).isPresent() || Versions.hasVersionVariable(server)) {
                return true;
            }
        }
        for (Operation op : api.operations()) {
            if (Versions.version(op.path()).isPresent()) {
                return true;
            }
        }
        for (ObjectNode param : parameters(api)) {
            String name = param.text("name").orElse("").toLowerCase(Locale.ROOT);
            String in = param.text("in").orElse("");
            if ((in.equals("header") && HEADER.matcher(name).matches())
                    || (in.equals("query") && QUERY_NAMES.contains(name))) {
                return true;
            }
        }
        for (Operation op : api.operations()) {
            List<String> types = new ArrayList<>(api.requestContent(op).keySet());
            api.responses(op)
                    .values()
                    .forEach(r -> types.addAll(api.responseContent(op, r).keySet()));
            if (types.stream()
                    .anyMatch(
                            t -> MEDIA_TYPE.matcher(t.toLowerCase(Locale.ROOT)).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Every operation's parameters and the reusable ones. */
    private static List<ObjectNode> parameters(ApiDocument api) {
        List<ObjectNode> out = new ArrayList<>();
        api.operations().forEach(op -> out.addAll(api.parameters(op)));
        api.root()
                .object("components")
                .flatMap(c -> c.object("parameters"))
                .or(() -> api.root().object("parameters"))
                .ifPresent(p -> p.members().values().forEach(v -> api.object(v).ifPresent(out::add)));
        return out;
    }
}
