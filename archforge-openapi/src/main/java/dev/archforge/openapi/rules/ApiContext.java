package dev.archforge.openapi.rules;

import dev.archforge.lint.FindingSink;
import dev.archforge.lint.RuleContext;
import dev.archforge.lint.RuleOptions;
import dev.archforge.model.Location;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Usage;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a rule sees while it runs: the API, its options, and where to report. Reporting on a node
 * honours {@code x-archforge-ignore} on the node or any node above it, and says how many
 * operations use a shared component, so a problem in a schema used 500 times is reported once.
 */
public final class ApiContext extends RuleContext {
    public static final String IGNORE_KEY = "x-archforge-ignore";

    private final ApiDocument api;
    private final Set<String> knownRuleIds;

    /** A context that does not know which rule ids exist ({@code x-archforge-ignore} ids are not judged). */
    public ApiContext(ApiDocument api, String ruleId, RuleOptions options, FindingSink sink) {
        this(api, ruleId, options, sink, Set.of());
    }

    /** @param knownRuleIds the id of every API rule, which {@code x-archforge-ignore} may name */
    public ApiContext(ApiDocument api, String ruleId, RuleOptions options, FindingSink sink, Set<String> knownRuleIds) {
        super(ruleId, options, sink);
        this.api = api;
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    /** The id of every API rule; empty when the caller did not say. */
    public Set<String> knownRuleIds() {
        return knownRuleIds;
    }

    public ApiDocument api() {
        return api;
    }

    /** Reports at the node's key (or the node, when it has none). */
    public void report(Node node, String message) {
        if (isSuppressed(node)) {
            return;
        }
        sink().report(node.keyLocation(), message + usageSuffix(node));
    }

    /** Reports at the node's value rather than its key. */
    public void reportValue(Node node, String message) {
        if (isSuppressed(node)) {
            return;
        }
        sink().report(node.location(), message + usageSuffix(node));
    }

    /**
     * Reports one problem that shows at several nodes, at {@code at}'s key, keeping every place
     * (suppressed ones left out) as a related location. Nothing is reported when every place is
     * suppressed.
     */
    public void reportAll(Node at, String message, List<? extends Node> places) {
        List<Location> related = new ArrayList<>(places.size());
        for (Node place : places) {
            if (!isSuppressed(place)) {
                related.add(place.keyLocation());
            }
        }
        if (isSuppressed(at) || (related.isEmpty() && !places.isEmpty())) {
            return;
        }
        sink().report(at.keyLocation(), message, related);
    }

    /**
     * Reports at {@code location}, a place within {@code scope} (a key of it, an item), honouring
     * {@code x-archforge-ignore} on {@code scope} or above it, without the shared-component count.
     */
    public void report(Node scope, Location location, String message) {
        if (!isSuppressed(scope)) {
            sink().report(location, message);
        }
    }

    /** Reports at a location that is not a node (a line of a file). */
    public void report(Location location, String message) {
        sink().report(location, message);
    }

    private String usageSuffix(Node node) {
        if (api.isEndpointList()) {
            return "";
        }
        Usage usage = api.usage(node);
        if (usage.shared() && usage.operations() > 1) {
            return " (shared component used by " + usage.operations() + " operations)";
        }
        return "";
    }

    private boolean isSuppressed(Node node) {
        // runs for every finding, up to the root: a plain loop without an Optional per step
        for (Node n = node; n != null; n = n.parentOrNull()) {
            if (n instanceof ObjectNode o
                    && o.has(IGNORE_KEY)
                    && ignores(o.get(IGNORE_KEY).orElseThrow())) {
                return true;
            }
        }
        return false;
    }

    private boolean ignores(Node value) {
        if (value instanceof ObjectNode map) {
            return map.has(ruleId());
        }
        return value.asArray().map(a -> a.texts().contains(ruleId())).orElse(false)
                || value.asText().map(ruleId()::equals).orElse(false);
    }
}
