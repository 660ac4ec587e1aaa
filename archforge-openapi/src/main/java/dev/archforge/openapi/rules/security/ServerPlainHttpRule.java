package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP to a real host exposes credentials and data to anyone on the network path. */
@RuleInfo(
        id = "api-server-plain-http",
        title = "Server is reached over plain HTTP",
        severity = Severity.ERROR,
        category = Category.SECURITY,
        tags = {"owasp-api8"},
        howToFix = "Serve the API over HTTPS only: use an 'https://' server URL (3.x) or 'schemes: [https]' (2.0).")
public final class ServerPlainHttpRule implements ApiRule {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
    private static final Pattern URL = Pattern.compile("(?i)http://(?:[^@/]*@)?(\\[[^\\]]*\\]|[^:/?#]*)");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        if (api.version() == SpecVersion.SWAGGER_2) {
            swagger(context, api);
            return;
        }
        List<ObjectNode> holders = new ArrayList<>();
        holders.add(api.root());
        holders.addAll(api.pathItems().values());
        api.operations().stream().map(Operation::node).forEach(holders::add);
        for (ObjectNode holder : holders) {
            holder.array("servers").ifPresent(servers -> servers.items().forEach(s -> s.asObject()
                    .ifPresent(server -> server.get("url").ifPresent(url -> check(context, server, url)))));
        }
    }

    private static void check(ApiContext context, ObjectNode server, Node url) {
        Optional<String> text = url.asText().map(u -> substitute(server, u));
        if (text.isEmpty()) {
            return;
        }
        Matcher m = URL.matcher(text.get());
        if (m.lookingAt() && isPublicHost(m.group(1))) {
            context.reportValue(url, "Server URL '" + text.get() + "' uses plain HTTP");
        }
    }

    private static void swagger(ApiContext context, ApiDocument api) {
        Optional<String> host = api.root().text("host").map(h -> h.replaceFirst(":\\d+$", ""));
        if (host.isEmpty() || !isPublicHost(host.get())) {
            return;
        }
        List<ArrayNode> lists = new ArrayList<>();
        api.root().array("schemes").ifPresent(lists::add);
        api.operations().forEach(op -> op.node().array("schemes").ifPresent(lists::add));
        for (ArrayNode schemes : lists) {
            for (Node scheme : schemes.items()) {
                if (scheme.asText().filter("http"::equalsIgnoreCase).isPresent()) {
                    context.reportValue(scheme, "Scheme 'http' serves host '" + host.get() + "' over plain HTTP");
                }
            }
        }
    }

    /** Replaces each server variable by its default; unknown variables stay as written. */
    private static String substitute(ObjectNode server, String url) {
        Matcher m = VARIABLE.matcher(url);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = server.object("variables")
                    .flatMap(v -> v.object(m.group(1)))
                    .flatMap(v -> v.scalarText("default"))
                    .orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * False for hosts that are not on the public internet: loopback, private and link-local
     * addresses, reserved example and test names, and hosts still holding a variable.
     */
    private static boolean isPublicHost(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.contains("{")) {
            return false;
        }
        if (host.startsWith("[")) {
            return !(host.equals("[::1]")
                    || host.startsWith("[fe80:")
                    || host.startsWith("[fc")
                    || host.startsWith("[fd"));
        }
        if (host.equals("localhost") || host.equals("0.0.0.0") || host.equals("host.docker.internal")) {
            return false;
        }
        for (String suffix : List.of(".localhost", ".local", ".test", ".example", ".invalid", ".internal")) {
            if (host.endsWith(suffix)) {
                return false;
            }
        }
        if (host.matches("(.*\\.)?example\\.(com|net|org)")) {
            return false;
        }
        return !host.matches("127\\..*|10\\..*|192\\.168\\..*|169\\.254\\..*|172\\.(1[6-9]|2\\d|3[01])\\..*");
    }
}
