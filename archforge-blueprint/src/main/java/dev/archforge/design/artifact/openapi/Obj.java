package dev.archforge.design.artifact.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered JSON object under construction: keys keep the order they were put in. */
final class Obj {
    private final Map<String, Object> map = new LinkedHashMap<>();

    static Obj of() {
        return new Obj();
    }

    /** {@code {"$ref": "#/components/<section>/<name>"}}. */
    static Map<String, Object> ref(String section, String name) {
        return of().put("$ref", "#/components/" + section + "/" + name).map();
    }

    Obj put(String key, Object value) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("key '" + key + "' written twice");
        }
        return this;
    }

    /** Puts the value only when {@code condition} holds. */
    Obj putIf(boolean condition, String key, Object value) {
        return condition ? put(key, value) : this;
    }

    boolean isEmpty() {
        return map.isEmpty();
    }

    Map<String, Object> map() {
        return map;
    }
}
