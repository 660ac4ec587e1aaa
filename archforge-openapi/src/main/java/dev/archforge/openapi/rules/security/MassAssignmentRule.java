package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * A request schema that accepts fields the server should own: clients can set them unless the
 * server filters them, which is mass assignment. Timestamps are flagged in any request schema.
 * Identifiers, roles, permissions, balances and flags are flagged when the schema is the resource
 * model itself, a component used for both requests and responses; a schema written only for
 * requests declares them on purpose, and an {@code id} nested in another object (or alone with
 * other identifiers) refers to an existing resource.
 */
@RuleInfo(
        id = "api-mass-assignment",
        title = "Request schema accepts a server-owned property",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api3", "strict"},
        howToFix = "Mark the property 'readOnly: true', or use a separate input schema without it;"
                + " the server must ignore or reject it either way.")
public final class MassAssignmentRule implements ApiRule {
    /** Property names, normalized by {@link SecuritySupport#norm}, that no client should set. */
    private static final Set<String> TIMESTAMPS = Set.of("createdat", "updatedat");

    /** Property names that the server owns when the schema is the resource as it returns it. */
    private static final Set<String> SERVER_OWNED = Set.of(
            "id", "role", "roles", "isadmin", "admin", "ownerid", "balance", "verified", "isverified", "permissions");

    /** Properties of a reference to another resource, such as {@code parent: {id: ...}}. */
    private static final Set<String> IDENTIFIERS = Set.of("id", "key", "name", "type", "self", "href", "url");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (SchemaSite site : api.propertySchemas()) {
            if (!SecuritySupport.isRequest(api, site) || SecuritySupport.underFlag(site.schema(), "readOnly")) {
                continue;
            }
            boolean model = site.role() == SchemaSite.Role.COMPONENT
                    && api.usage(site.schema()).inResponse();
            Optional<ObjectNode> properties = site.schema().object("properties");
            if (properties.isEmpty()) {
                continue;
            }
            ObjectNode props = properties.get();
            // only a model's 'id' depends on it, so other schemas skip the lookup
            boolean reference = model && isReference(api, site.schema(), props);
            // indexed loop instead of members().entrySet(): no map view or entry per property
            for (int i = 0; i < props.size(); i++) {
                String key = props.keyAt(i);
                Node value = props.valueAt(i);
                String name = SecuritySupport.norm(key);
                boolean owned = TIMESTAMPS.contains(name)
                        || (model && SERVER_OWNED.contains(name) && !(name.equals("id") && reference));
                if (owned && !SecuritySupport.hasFlag(api, value, "readOnly")) {
                    context.report(
                            value,
                            "Property '" + key + "' of " + SecuritySupport.describe(api, site.schema())
                                    + " looks server-owned but is accepted in requests (not readOnly)");
                }
            }
        }
    }

    /**
     * True when an object refers to another resource rather than being the resource: an object
     * nested inline in another schema, or a component with nothing but identifier properties.
     * Composition members ({@code allOf}) of a component belong to the component.
     */
    private static boolean isReference(ApiDocument api, ObjectNode schema, ObjectNode properties) {
        if (SecuritySupport.componentName(api, schema).isPresent()) {
            // a plain loop over the keys instead of a stream over members().keySet()
            for (int i = 0; i < properties.size(); i++) {
                if (!IDENTIFIERS.contains(SecuritySupport.norm(properties.keyAt(i)))) {
                    return false;
                }
            }
            return true;
        }
        ObjectNode composite = SecuritySupport.composite(schema);
        return composite == schema
                || SecuritySupport.componentName(api, composite).isEmpty();
    }
}
