package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative operation that any authenticated caller may reach: its security names no
 * scope or role, so the description promises nothing beyond "has a credential".
 */
@RuleInfo(
        id = "api-admin-without-scopes",
        title = "Administrative operation requires no scope or role",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api5"},
        howToFix = "Require an administrative OAuth2 scope (or, in OpenAPI 3.1, a role on the scheme) in every"
                + " security alternative of the operation, and enforce it on the server.")
public final class AdminWithoutScopesRule implements ApiRule {
    private static final Set<String> ADMIN_WORDS =
            Set.of("admin", "admins", "administration", "internal", "manage", "management");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (!isAdminPath(op.path()) || !api.isSecured(op)) {
                continue;
            }
            for (Node alt : api.security(op).orElseThrow().items()) {
                Optional<ObjectNode> requirement = alt.asObject();
                if (requirement.isPresent() && !hasScope(requirement.get())) {
                    context.report(
                            op.node(),
                            op.label() + " is administrative but requirement '"
                                    + String.join(
                                            "' + '", requirement.get().members().keySet())
                                    + "' grants it without any scope or role");
                    break;
                }
            }
        }
    }

    private static boolean isAdminPath(String path) {
        return Paths.segments(path).stream()
                .filter(s -> !Paths.isParameter(s))
                .map(AdminWithoutScopesRule::firstWord)
                .anyMatch(ADMIN_WORDS::contains);
    }

    /** The segment up to its first '-' or '_', lower-cased (what {@code split("[-_]")[0]} gave, without a regex per call). */
    private static String firstWord(String segment) {
        int end = 0;
        while (end < segment.length() && segment.charAt(end) != '-' && segment.charAt(end) != '_') {
            end++;
        }
        return segment.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean hasScope(ObjectNode requirement) {
        return requirement.members().values().stream()
                .anyMatch(v -> v.asArray().map(a -> a.size() > 0).orElse(false));
    }
}
