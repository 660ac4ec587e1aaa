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
 * A response schema that carries passwords, secrets, card codes or government identifiers:
 * excessive data exposure, the read half of broken object property level authorization. Schemas
 * returned only by POST operations are left alone: showing a generated secret once, when it is
 * created, is the accepted way to hand it over.
 */
@RuleInfo(
        id = "api-sensitive-data-in-response",
        title = "Response schema exposes a sensitive property",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api3"},
        howToFix = "Remove the property from response schemas, or mark it 'writeOnly: true' when the schema is"
                + " shared with requests (OpenAPI 3.x); in Swagger 2.0 split input and output schemas.")
public final class SensitiveDataInResponseRule implements ApiRule {
    /** Property names, normalized by {@link SecuritySupport#norm}, that must not be returned. */
    private static final Set<String> SENSITIVE = Set.of(
            "password",
            "passwordhash",
            "passwd",
            "secret",
            "clientsecret",
            "ssn",
            "socialsecuritynumber",
            "cvv",
            "cvc",
            "pin",
            "privatekey");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        ReadResponses read = ReadResponses.of(api);
        for (SchemaSite site : api.propertySchemas()) {
            ObjectNode schema = site.schema();
            Optional<ObjectNode> properties = schema.object("properties");
            if (properties.isEmpty()
                    || !SecuritySupport.isResponse(api, site)
                    || SecuritySupport.underFlag(schema, "writeOnly")
                    || !read.contains(schema)) {
                continue;
            }
            ObjectNode props = properties.get();
            // indexed loop instead of members().entrySet(): no map view or entry per property
            for (int i = 0; i < props.size(); i++) {
                String name = props.keyAt(i);
                Node value = props.valueAt(i);
                if (SENSITIVE.contains(SecuritySupport.norm(name))
                        && isScalar(api, value)
                        && !SecuritySupport.hasFlag(api, value, "writeOnly")) {
                    context.report(
                            value,
                            "Property '" + name + "' of " + SecuritySupport.describe(api, schema)
                                    + " is returned in responses (not writeOnly)");
                }
            }
        }
    }

    /** Secrets are strings or numbers; an object named {@code secret} or {@code pin} is a structure about one. */
    private static boolean isScalar(ApiDocument api, Node property) {
        Optional<ObjectNode> target = api.object(property);
        if (target.isEmpty()) {
            return false;
        }
        ObjectNode o = target.get();
        return !o.has("properties") && !SecuritySupport.hasType(o, "object") && !SecuritySupport.hasType(o, "array");
    }
}
