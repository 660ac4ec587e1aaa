package dev.archforge.openapi.rules.security;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values clients send, each once where its schema is written: properties of request schemas
 * (and the items of their array properties), request schemas that stand alone (a reusable
 * component or a whole body), and query or form parameters. Path, header and cookie parameters
 * are left out: servers bound their size and they name existing things. Read-only properties are
 * left out because clients do not send them.
 */
final class RequestInputs {
    private RequestInputs() {}

    /**
     * One input.
     *
     * @param name the property, parameter or component name; {@code tags[]} for the items of {@code tags}
     * @param in the {@code in} of a parameter ({@code query} or {@code formData}), empty for schemas
     * @param schema its schema, resolved
     * @param at where to report it
     * @param owner the object schema whose property it is, for properties and their items
     * @param label how a message names it
     */
    record Input(String name, String in, ObjectNode schema, Node at, Optional<ObjectNode> owner, String label) {
        /** The name without the {@code []} of array items. */
        String baseName() {
            return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        }
    }

    /** The request inputs of the document, computed once and shared by the four rules that read them. */
    static List<Input> of(ApiDocument api) {
        return api.derived(Shared.class, a -> new Shared(List.copyOf(compute(a))))
                .inputs();
    }

    private record Shared(List<Input> inputs) {}

    private static List<Input> compute(ApiDocument api) {
        List<Input> out = new ArrayList<>();
        for (SchemaSite site : api.schemas()) {
            // a method per schema, so that it is compiled early rather than this loop interpreted
            schemaInput(api, site).ifPresent(out::add);
        }
        for (ObjectNode p : SecuritySupport.definedParameters(api)) {
            String in = p.text("in").orElse("");
            if (!in.equals("query") && !in.equals("formData")) {
                continue;
            }
            String name = p.text("name").orElse("");
            String label = (in.equals("query") ? "Query parameter '" : "Form parameter '") + name + "'";
            api.parameterSchema(p)
                    .ifPresent(schema -> out.add(new Input(name, in, schema, p, Optional.empty(), label)));
        }
        return out;
    }

    /** Inputs that are properties (or property items), grouped by the object schema declaring them. */
    /**
     * Reports inputs lacking a limit: a parameter on its own ({@code "Query parameter 'q' is a string
     * without a length limit"}), properties once per schema that holds them, listing their names.
     */
    static void report(ApiContext context, List<Input> unbounded, String noun, String problem) {
        for (Input i : unbounded) {
            if (i.owner().isEmpty()) {
                context.report(i.at(), i.label() + " is a " + noun + " " + problem);
            }
        }
        for (Map.Entry<ObjectNode, List<Input>> e : byOwner(unbounded).entrySet()) {
            int n = e.getValue().size();
            context.report(
                    e.getKey(),
                    SecuritySupport.capitalize(SecuritySupport.describe(context.api(), e.getKey())) + " has " + n + " "
                            + (n == 1 ? noun : noun + "s") + " " + problem + ": " + names(e.getValue()));
        }
    }

    static Map<ObjectNode, List<Input>> byOwner(List<Input> inputs) {
        Map<ObjectNode, List<Input>> out = new LinkedHashMap<>();
        for (Input i : inputs) {
            i.owner().ifPresent(o -> out.computeIfAbsent(o, k -> new ArrayList<>())
                    .add(i));
        }
        return out;
    }

    /** Joins input names for a message: {@code 'name', 'tag'}. */
    static String names(List<Input> inputs) {
        StringBuilder sb = new StringBuilder();
        for (Input i : inputs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(i.name()).append('\'');
        }
        return sb.toString();
    }

    /** The input a schema stands for, when clients send it and may write it. */
    private static Optional<Input> schemaInput(ApiDocument api, SchemaSite site) {
        if (SecuritySupport.isRequest(api, site)
                && !SecuritySupport.underFlag(site.schema(), "readOnly")
                && !SecuritySupport.hasFlag(api, site.schema(), "readOnly")) {
            return input(api, site);
        }
        return Optional.empty();
    }

    private static Optional<Input> input(ApiDocument api, SchemaSite site) {
        ObjectNode schema = site.schema();
        if (site.isProperty() && site.parent().isPresent()) {
            String name = site.property().orElseThrow();
            return Optional.of(new Input(name, "", schema, schema, site.parent(), "Property '" + name + "'"));
        }
        Optional<String> key = schema.key();
        if (key.filter("items"::equals).isPresent()) {
            Optional<ObjectNode> array = schema.parent().flatMap(Node::asObject);
            Optional<String> property = array.flatMap(Node::key);
            Optional<ObjectNode> owner = array.flatMap(Node::parent)
                    .filter(p -> p.key().filter("properties"::equals).isPresent())
                    .flatMap(Node::parent)
                    .flatMap(Node::asObject);
            if (property.isPresent() && owner.isPresent()) {
                String name = property.get() + "[]";
                return Optional.of(new Input(name, "", schema, schema, owner, "Each item of '" + property.get() + "'"));
            }
            return Optional.empty();
        }
        Optional<String> component = SecuritySupport.componentName(api, schema);
        if (component.isPresent()) {
            return Optional.of(new Input(
                    component.get(), "", schema, schema, Optional.empty(), "Schema '" + component.get() + "'"));
        }
        if (key.filter("schema"::equals).isPresent()) {
            return Optional.of(new Input("", "", schema, schema, Optional.empty(), "Request body schema"));
        }
        return Optional.empty();
    }
}
