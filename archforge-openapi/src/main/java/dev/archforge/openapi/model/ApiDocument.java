package dev.archforge.openapi.model;

import dev.archforge.model.Location;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An API description as rules read it: the root object and indexes computed once and shared by
 * every rule (operations, resolved references, every schema, component usage). Swagger 2.0 and
 * OpenAPI 3.x are read through the same methods; where they differ, the method says so.
 */
public final class ApiDocument {
    public static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String file;
    private final SpecVersion version;
    private final ObjectNode root;
    private final RefResolver resolver;
    private final List<Location> duplicateKeys;
    private final Lazy<List<Operation>> operations = new Lazy<>(this::findOperations);
    private final Lazy<List<SchemaSite>> schemas =
            new Lazy<>(() -> Collections.unmodifiableList(SchemaWalker.walk(this)));
    private final Lazy<List<SchemaSite>> propertySchemas = new Lazy<>(this::findPropertySchemas);
    private final Lazy<UsageIndex> usage = new Lazy<>(() -> new UsageIndex(this));
    private final Lazy<ObjectWalk> walk = new Lazy<>(() -> ObjectWalk.of(root()));
    private final Map<Object, Lazy<?>> derived = new ConcurrentHashMap<>();
    /**
     * Each operation's parameters, merged once: some twenty rules ask for them per operation. Keyed
     * by the operation object, which lies in its path item: the node's identity hash is a field
     * read, where a record's hashCode goes through method handles.
     */
    private final Map<ObjectNode, List<ObjectNode>> parameters = new ConcurrentHashMap<>();

    public ApiDocument(
            String file, SpecVersion version, ObjectNode root, RefResolver resolver, List<Location> duplicateKeys) {
        this.file = file;
        this.duplicateKeys = List.copyOf(duplicateKeys);
        this.version = version;
        this.root = root;
        this.resolver = resolver;
    }

    public String file() {
        return file;
    }

    public SpecVersion version() {
        return version;
    }

    public ObjectNode root() {
        return root;
    }

    /**
     * A value derived from this document, computed once and shared by every rule that asks with
     * the same key (rule helpers use their class as the key). {@code compute} must not ask for
     * another derived value with the same key.
     */
    public <T> T derived(Class<T> key, Function<ApiDocument, T> compute) {
        // rules that share a value often start together: the second waits for the first's result
        Lazy<?> lazy = derived.computeIfAbsent(key, k -> new Lazy<>(() -> compute.apply(this)));
        return key.cast(lazy.get());
    }

    /**
     * Builds the shared indexes before rules run in parallel, so that no rule thread waits while
     * another builds them one by one. A failure is left for the rule that asks to report.
     */
    public void buildIndexes() {
        if (isEndpointList()) {
            return;
        }
        try {
            operations();
            refs();
            usage.get();
            schemas();
        } catch (RuntimeException e) {
            // the rules ask again, and a rule that fails is reported as an internal error
        }
    }

    /** Keys written twice in the same object of the root file; parsers silently keep one. */
    public List<Location> duplicateKeys() {
        return duplicateKeys;
    }

    public boolean isEndpointList() {
        return version == SpecVersion.ENDPOINT_LIST;
    }

    /** Every operation in path order, then method order as written. */
    public List<Operation> operations() {
        return operations.get();
    }

    private List<Operation> findOperations() {
        List<Operation> ops = new ArrayList<>();
        root.object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            if (path.startsWith("x-")) {
                return;
            }
            deref(item).asObject().ifPresent(pathItem -> pathItem.members().forEach((method, op) -> {
                if (METHODS.contains(method)) {
                    op.asObject().ifPresent(o -> ops.add(new Operation(path, method, o, pathItem)));
                }
            }));
        }));
        return Collections.unmodifiableList(ops);
    }

    /** The path item objects by path template. */
    public Map<String, ObjectNode> pathItems() {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        root.object("paths").ifPresent(paths -> paths.members().forEach((path, item) -> {
            if (!path.startsWith("x-")) {
                deref(item).asObject().ifPresent(o -> out.put(path, o));
            }
        }));
        return out;
    }

    /** Follows {@code $ref} chains from {@code node}; the node itself if it is not a reference. */
    public Node deref(Node node) {
        Node current = node;
        Set<Node> seen = null;
        int hops = 0;
        while (current instanceof ObjectNode o) {
            Optional<String> ref = o.text("$ref");
            if (ref.isEmpty()) {
                break;
            }
            Optional<Node> next = resolver.resolve(o, ref.get()).target();
            if (next.isEmpty()) {
                return current;
            }
            // most references lead straight to a schema: only a chain needs a set to catch cycles
            if (hops > 0) {
                if (seen == null) {
                    seen = new HashSet<>();
                    seen.add(node);
                }
                if (!seen.add(current)) {
                    return current;
                }
            }
            hops++;
            current = next.get();
        }
        return current;
    }

    /** Follows {@code $ref}s and returns the object, if the result is one. */
    public Optional<ObjectNode> object(Node node) {
        return deref(node).asObject();
    }

    public RefResolver.Resolution resolve(Node from, String ref) {
        return resolver.resolve(from, ref);
    }

    /** Schemas declared for reuse: {@code components/schemas} (3.x) or {@code definitions} (2.0). */
    public Map<String, Node> componentSchemas() {
        Optional<ObjectNode> holder = version == SpecVersion.SWAGGER_2
                ? root.object("definitions")
                : root.object("components").flatMap(c -> c.object("schemas"));
        return holder.map(ObjectNode::members).orElse(Map.of());
    }

    /** Security schemes: {@code components/securitySchemes} (3.x) or {@code securityDefinitions} (2.0). */
    public Map<String, Node> securitySchemes() {
        Optional<ObjectNode> holder = version == SpecVersion.SWAGGER_2
                ? root.object("securityDefinitions")
                : root.object("components").flatMap(c -> c.object("securitySchemes"));
        return holder.map(ObjectNode::members).orElse(Map.of());
    }

    /** The security requirements that apply to an operation: its own, else the document's. */
    public Optional<ArrayNode> security(Operation op) {
        Optional<ArrayNode> own = op.node().array("security");
        return own.isPresent() ? own : root.array("security");
    }

    /**
     * True when the operation requires some credential: a non-empty requirement list none of
     * whose alternatives is the empty object {@code {}} (which makes security optional).
     */
    public boolean isSecured(Operation op) {
        Optional<ArrayNode> sec = security(op);
        if (sec.isEmpty() || sec.get().size() == 0) {
            return false;
        }
        for (Node alt : sec.get().items()) {
            if (alt instanceof ObjectNode o && o.size() == 0) {
                return false;
            }
        }
        return true;
    }

    /** The parameters of an operation, path-level ones overridden by operation-level ones, resolved. */
    public List<ObjectNode> parameters(Operation op) {
        return parameters.computeIfAbsent(op.node(), node -> mergeParameters(op));
    }

    private List<ObjectNode> mergeParameters(Operation op) {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        for (ObjectNode holder : List.of(op.pathItem(), op.node())) {
            holder.array("parameters").ifPresent(list -> {
                for (Node p : list.items()) {
                    object(p)
                            .ifPresent(param -> byKey.put(
                                    param.text("in").orElse("") + ":"
                                            + param.text("name").orElse(""),
                                    param));
                }
            });
        }
        return List.copyOf(byKey.values());
    }

    /** The schema of a parameter: {@code schema} (3.x), or the parameter itself (2.0 non-body). */
    public Optional<ObjectNode> parameterSchema(ObjectNode param) {
        Optional<Node> schema = param.get("schema");
        if (schema.isPresent()) {
            return object(schema.get());
        }
        if (param.has("content")) {
            return param.object("content")
                    .flatMap(c -> c.members().values().stream().findFirst())
                    .flatMap(Node::asObject)
                    .flatMap(m -> m.get("schema"))
                    .flatMap(this::object);
        }
        return version == SpecVersion.SWAGGER_2 && param.has("type") ? Optional.of(param) : Optional.empty();
    }

    /** The request body's media types and schemas: {@code requestBody.content} (3.x) or the body parameter (2.0). */
    public Map<String, Optional<Node>> requestContent(Operation op) {
        Map<String, Optional<Node>> out = new LinkedHashMap<>();
        if (version == SpecVersion.SWAGGER_2) {
            for (ObjectNode p : parameters(op)) {
                if ("body".equals(p.text("in").orElse(""))) {
                    List<String> consumes = op.node()
                            .array("consumes")
                            .or(() -> root.array("consumes"))
                            .map(ArrayNode::texts)
                            .orElse(List.of("application/json"));
                    for (String mt : consumes.isEmpty() ? List.of("application/json") : consumes) {
                        out.put(mt, p.get("schema"));
                    }
                }
            }
            return out;
        }
        op.node()
                .get("requestBody")
                .flatMap(this::object)
                .flatMap(b -> b.object("content"))
                .ifPresent(content -> content.members()
                        .forEach((mt, media) -> out.put(mt, media.asObject().flatMap(m -> m.get("schema")))));
        return out;
    }

    /** True when the operation takes a request body. */
    public boolean hasRequestBody(Operation op) {
        if (version == SpecVersion.SWAGGER_2) {
            return parameters(op).stream().anyMatch(p -> p.text("in")
                    .filter(in -> in.equals("body") || in.equals("formData"))
                    .isPresent());
        }
        return op.node().has("requestBody");
    }

    /** Response objects by status code (resolved). */
    public Map<String, ObjectNode> responses(Operation op) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        op.responses().ifPresent(r -> r.members().forEach((code, resp) -> {
            if (!code.startsWith("x-")) {
                object(resp).ifPresent(o -> out.put(code, o));
            }
        }));
        return out;
    }

    /** A response's media types and schemas: {@code content} (3.x) or {@code schema} with {@code produces} (2.0). */
    public Map<String, Optional<Node>> responseContent(Operation op, ObjectNode response) {
        Map<String, Optional<Node>> out = new LinkedHashMap<>();
        if (version == SpecVersion.SWAGGER_2) {
            if (response.has("schema")) {
                List<String> produces = op.node()
                        .array("produces")
                        .or(() -> root.array("produces"))
                        .map(ArrayNode::texts)
                        .orElse(List.of());
                for (String mt : produces.isEmpty() ? List.of("application/json") : produces) {
                    out.put(mt, response.get("schema"));
                }
            }
            return out;
        }
        response.object("content").ifPresent(content -> content.members()
                .forEach((mt, media) -> out.put(mt, media.asObject().flatMap(m -> m.get("schema")))));
        return out;
    }

    /** Response headers by lower-cased name. */
    public Map<String, Node> responseHeaders(ObjectNode response) {
        Map<String, Node> out = new LinkedHashMap<>();
        response.object("headers")
                .ifPresent(h -> h.members().forEach((name, header) -> out.put(name.toLowerCase(Locale.ROOT), header)));
        return out;
    }

    /**
     * Every object of the root file in document order, found by one walk shared by all rules (rules
     * that need "every object" or "every $ref" must not walk the tree again).
     */
    public List<ObjectNode> objects() {
        return walk.get().objects();
    }

    /** Every object of the root file that holds a {@code $ref} string, in document order. */
    public List<ObjectNode> refs() {
        return walk.get().refs();
    }

    /** Every schema object in the document, each once, in document order, without following references. */
    public List<SchemaSite> schemas() {
        return schemas.get();
    }

    /**
     * The schemas (of {@link #schemas()}, in the same order) that have a {@code properties}
     * object: one in ten of a big document's, and what the rules about properties read.
     */
    public List<SchemaSite> propertySchemas() {
        return propertySchemas.get();
    }

    private List<SchemaSite> findPropertySchemas() {
        List<SchemaSite> out = new ArrayList<>();
        for (SchemaSite site : schemas()) {
            if (site.schema().object("properties").isPresent()) {
                out.add(site);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** How many operations use the component that contains {@code node}, and how. */
    public Usage usage(Node node) {
        return usage.get().usageOf(node);
    }
}
