package dev.archforge.design.artifact.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The document's reusable components, defined as they are built and emitted only when something
 * reachable from the paths refers to them, so the document has no unused component whatever the
 * design leaves out.
 */
final class Components {
    private static final List<String> SECTIONS = List.of("schemas", "parameters", "headers", "responses");
    private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();

    Components() {
        SECTIONS.forEach(s -> sections.put(s, new LinkedHashMap<>()));
    }

    void schema(String name, Map<String, Object> value) {
        define("schemas", name, value);
    }

    void parameter(String name, Map<String, Object> value) {
        define("parameters", name, value);
    }

    void header(String name, Map<String, Object> value) {
        define("headers", name, value);
    }

    void response(String name, Map<String, Object> value) {
        define("responses", name, value);
    }

    private void define(String section, String name, Map<String, Object> value) {
        if (Objects.requireNonNull(sections.get(section)).putIfAbsent(name, value) != null) {
            throw new IllegalStateException("component " + section + "/" + name + " defined twice");
        }
    }

    /** The {@code components} object: the entries reachable from {@code paths}, then the security schemes. */
    Map<String, Object> emit(Map<String, Object> paths, Map<String, Object> securitySchemes) {
        Set<String> used = new LinkedHashSet<>();
        Deque<Object> work = new ArrayDeque<>();
        work.push(paths);
        while (!work.isEmpty()) {
            Object node = work.pop();
            if (node instanceof Map<?, ?> map) {
                Object ref = map.get("$ref");
                if (ref instanceof String s && s.startsWith("#/components/") && used.add(s)) {
                    String[] parts = s.substring("#/components/".length()).split("/", 2);
                    Object target = sections.getOrDefault(parts[0], Map.of()).get(parts[1]);
                    if (target == null) {
                        throw new IllegalStateException("reference to undefined component " + s);
                    }
                    work.push(target);
                }
                map.values().forEach(work::push);
            } else if (node instanceof List<?> list) {
                list.forEach(work::push);
            }
        }
        Obj out = Obj.of();
        for (String section : SECTIONS) {
            Obj kept = Obj.of();
            Objects.requireNonNull(sections.get(section)).forEach((name, value) -> {
                if (used.contains("#/components/" + section + "/" + name)) {
                    kept.put(name, value);
                }
            });
            out.putIf(!kept.isEmpty(), section, kept.map());
        }
        return out.put("securitySchemes", securitySchemes).map();
    }
}
