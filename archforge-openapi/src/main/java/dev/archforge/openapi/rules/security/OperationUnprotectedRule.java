package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.Paths;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A write operation anyone can call in an API that otherwise requires credentials: usually a
 * forgotten {@code security} list or a copied {@code security: []}. Outside the strict profile an
 * operation whose list offers real schemes with the empty requirement beside them is left alone:
 * the document states that credentials are optional there.
 */
@RuleInfo(
        id = "api-operation-unprotected",
        title = "Write operation requires no credentials",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api2", "owasp-api5"},
        howToFix = "Apply a security requirement to the operation (or a root 'security' list that it inherits);"
                + " if it is meant to be public, say so in its description and mark it with"
                + " 'x-archforge-ignore: {api-operation-unprotected: <why it is public>}'.")
public final class OperationUnprotectedRule implements ApiRule {
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** Words in a path segment that mark an endpoint meant to be called without credentials. */
    private static final Set<String> PUBLIC_WORDS = Set.of(
            "login",
            "logout",
            "signin",
            "signup",
            "register",
            "registration",
            "token",
            "oauth",
            "oauth2",
            "authorize",
            "public",
            "webhook",
            "webhooks");

    /** Whole first segments of infrastructure endpoints. */
    private static final Set<String> PUBLIC_ROOTS =
            Set.of("health", "healthz", "status", "ping", ".well-known", "docs", "openapi", "swagger");

    /** Words in a path parameter that carry a credential in the URL itself (capability URLs). */
    private static final List<String> CAPABILITY = List.of("token", "secret", "signature");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        if (api.securitySchemes().isEmpty()) {
            return;
        }
        for (Operation op : api.operations()) {
            if (WRITES.contains(op.method())
                    && !api.isSecured(op)
                    && !isPublic(op.path())
                    // '/<upload_url>' stands for a pre-signed URL whose signature is the credential
                    && !op.path().contains("<")
                    && (context.options().strict() || !optionalAuth(api, op))) {
                context.report(op.node(), op.label() + " " + why(api, op));
            }
        }
    }

    /**
     * True when the security list offers real schemes and the empty requirement beside them: the
     * document states on purpose that credentials are optional (access then depends on what the
     * caller may do), unlike a missing or empty list.
     */
    private static boolean optionalAuth(ApiDocument api, Operation op) {
        List<Node> alternatives = api.security(op).map(ArrayNode::items).orElse(List.of());
        boolean anonymous = false;
        boolean real = false;
        for (Node alt : alternatives) {
            if (alt instanceof ObjectNode o) {
                anonymous |= o.size() == 0;
                real |= o.size() > 0;
            }
        }
        return anonymous && real;
    }

    private static String why(ApiDocument api, Operation op) {
        Optional<ArrayNode> security = api.security(op);
        if (security.isEmpty()) {
            return "requires no credentials: no security requirement applies to it";
        }
        if (security.get().size() == 0) {
            return "requires no credentials: its security list is empty";
        }
        for (Node alt : security.get().items()) {
            if (alt instanceof ObjectNode o && o.size() == 0) {
                return "accepts anonymous calls: its security list includes the empty requirement '{}'";
            }
        }
        return "requires no credentials";
    }

    private static boolean isPublic(String path) {
        List<String> segments = Paths.segments(path);
        boolean first = true;
        for (String segment : segments) {
            if (Paths.isParameter(segment)) {
                String name = SecuritySupport.norm(Paths.parameterName(segment));
                if (CAPABILITY.stream().anyMatch(name::contains)) {
                    return true;
                }
                continue;
            }
            String lower = segment.toLowerCase(Locale.ROOT);
            if (first && !lower.matches("v\\d+(\\.\\d+)*|api")) {
                if (PUBLIC_ROOTS.contains(lower)) {
                    return true;
                }
                first = false;
            }
            if (SecuritySupport.words(lower).stream().anyMatch(PUBLIC_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }
}
