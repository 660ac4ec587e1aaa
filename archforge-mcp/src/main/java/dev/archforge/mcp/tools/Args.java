package dev.archforge.mcp.tools;

import dev.archforge.model.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tool call's arguments, read by name and type. A wrong type or an unknown name is a
 * {@link UsageException} naming the argument, as a wrong option is on the command line: the client
 * is told exactly what to send instead.
 */
final class Args {
    private final String tool;
    private final Map<String, Object> raw;

    Args(String tool, Map<String, Object> raw, Set<String> known) {
        this.tool = tool;
        this.raw = raw;
        Set<String> unknown = new TreeSet<>(raw.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown argument '" + unknown.iterator().next() + "' for " + tool + "; expected "
                    + String.join(", ", new TreeSet<>(known)));
        }
    }

    Optional<String> string(String name) {
        Object v = raw.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw wrongType(name, "a string", v);
    }

    String required(String name) {
        return string(name).orElseThrow(() -> new UsageException(tool + " needs the argument '" + name + "'"));
    }

    boolean flag(String name) {
        Object v = raw.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "true or false", v);
    }

    Optional<Integer> integer(String name) {
        Object v = raw.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Optional.of(n.intValue());
        }
        throw wrongType(name, "a whole number", v);
    }

    /** True when the call gives the argument, even as an empty array: [] and absent can mean different things. */
    boolean has(String name) {
        return raw.get(name) != null;
    }

    List<String> strings(String name) {
        Object v = raw.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw wrongType(name, "an array of strings", v);
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw wrongType(name + "[" + out.size() + "]", "a string", item);
            }
            out.add(s);
        }
        return out;
    }

    /** An array of objects, each with its own fields. */
    List<Map<String, Object>> objects(String name) {
        Object v = raw.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw wrongType(name, "an array of objects", v);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list) {
            out.add(object(name + "[" + out.size() + "]", item));
        }
        return out;
    }

    Optional<Map<String, Object>> object(String name) {
        Object v = raw.get(name);
        return v == null ? Optional.empty() : Optional.of(object(name, v));
    }

    /** An object whose values are all strings (or numbers and booleans, written as text). */
    Map<String, String> stringMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        object(name)
                .ifPresent(m -> m.forEach((k, v) -> {
                    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                        out.put(k, String.valueOf(v));
                    } else {
                        throw wrongType(name + "." + k, "a string", v);
                    }
                }));
        return out;
    }

    private Map<String, Object> object(String name, Object v) {
        if (!(v instanceof Map<?, ?> map)) {
            throw wrongType(name, "an object", v);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, value) -> out.put(String.valueOf(k), value));
        return out;
    }

    /** One of {@code allowed}, or the first when absent. */
    String choice(String name, List<String> allowed) {
        String value = string(name).orElse(allowed.get(0));
        if (!allowed.contains(value)) {
            throw new UsageException("unknown " + name + " '" + value + "', expected " + String.join(", ", allowed));
        }
        return value;
    }

    private UsageException wrongType(String name, String expected, Object value) {
        return new UsageException(
                "argument '" + name + "' of " + tool + " must be " + expected + ", got " + typeName(value));
    }

    static String typeName(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value.getClass().getSimpleName();
    }
}
