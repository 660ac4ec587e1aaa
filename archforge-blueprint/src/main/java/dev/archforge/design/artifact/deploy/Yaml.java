package dev.archforge.design.artifact.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ordered maps for {@link dev.archforge.design.yaml.YamlWriter}: keys are written in the order given. */
final class Yaml {
    private Yaml() {}

    /** A map from alternating keys and values; a key given twice is a programming error. */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            if (map.put(key, keysAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("key '" + key + "' given twice");
            }
        }
        return map;
    }

    /** Several YAML documents in one file, separated by {@code ---}. */
    static String documents(List<String> documents) {
        return String.join("---\n", documents);
    }
}
