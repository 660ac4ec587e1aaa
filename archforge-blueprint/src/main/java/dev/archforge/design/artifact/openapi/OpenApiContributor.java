package dev.archforge.design.artifact.openapi;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code api/openapi.yaml}: an OpenAPI 3.1 description of the design's API, built as ordered
 * maps and lists and printed by {@link YamlWriter}. Resources, their nesting and their operations
 * come from the entities, ownership and access patterns ({@link ResourcePlanner}); names from
 * {@code Names}, so they match the schema's tables and columns.
 */
public final class OpenApiContributor implements Contributor {
    public static final String PATH = "api/openapi.yaml";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, YamlWriter.write(document(design)));
    }

    /** The document as a tree of maps and lists. */
    public static Map<String, Object> document(Design design) {
        Components components = new Components();
        Access access = new Access(design);
        SharedComponents.register(components, design.architecture().rateLimit());
        Obj paths = Obj.of();
        design.requirements().account().ifPresent(a -> AccountPaths.add(design, a, access, components, paths));
        ResourcePaths resources = new ResourcePaths(design, access, components);
        for (Resource r : ResourcePlanner.plan(design)) {
            resources.add(r, paths);
        }
        String name = design.requirements().system().name();
        return Obj.of()
                .put("openapi", "3.1.0")
                .put("info", info(design))
                .put(
                        "servers",
                        List.of(Obj.of()
                                .put("url", "https://api." + name + ".example/v1")
                                .put("description", "Production (version 1; a breaking change gets /v2)")
                                .map()))
                .put("tags", tags(design, paths.map()))
                .put("paths", paths.map())
                .put("components", components.emit(paths.map(), access.schemes()))
                .map();
    }

    private static Map<String, Object> info(Design design) {
        String name = design.requirements().system().name();
        RateLimit limit = design.architecture().rateLimit();
        String description = design.requirements().system().purpose().strip() + "\n\n"
                + "Lists are paginated with an opaque cursor: pass nextCursor back as cursor until it is null."
                + " Errors are problem details (RFC 9457, application/problem+json). Each caller may make "
                + limit.perUserPerMinute() + " requests a minute (bursts of " + limit.burst()
                + "); every response carries RateLimit and RateLimit-Policy headers and a 429 says when to"
                + " retry. Records belong to their owner: asking for someone else's gets 404."
                + (design.architecture().security().tenantIsolation()
                        ? " Every record belongs to the caller's tenant, taken from the token; no request can name"
                                + " another tenant."
                        : "")
                + "\n";
        return Obj.of()
                .put("title", name + " API")
                .put("version", "1.0.0")
                .put("description", description)
                .put(
                        "contact",
                        Obj.of()
                                .put("name", name + " API team")
                                .put("url", "https://" + name + ".example/support")
                                .put("email", "api@" + name + ".example")
                                .map())
                .put(
                        "license",
                        Obj.of()
                                .put("name", "Proprietary")
                                .put("url", "https://" + name + ".example/terms")
                                .map())
                .map();
    }

    /** One tag per component that has operations, in the architecture's order. */
    private static List<Object> tags(Design design, Map<String, Object> paths) {
        Set<String> used = new LinkedHashSet<>();
        for (Object item : paths.values()) {
            for (Object op : ((Map<?, ?>) item).values()) {
                if (op instanceof Map<?, ?> operation && operation.get("tags") instanceof List<?> tags) {
                    tags.forEach(t -> used.add((String) t));
                }
            }
        }
        List<Object> out = new ArrayList<>();
        for (Component c : design.architecture().components()) {
            if (used.remove(c.name())) {
                out.add(Obj.of()
                        .put("name", c.name())
                        .put("description", c.description())
                        .map());
            }
        }
        for (String other : used) {
            out.add(Obj.of()
                    .put("name", other)
                    .put("description", "Operations of " + other + ".")
                    .map());
        }
        return out;
    }
}
