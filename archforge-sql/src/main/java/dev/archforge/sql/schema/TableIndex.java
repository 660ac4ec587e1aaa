package dev.archforge.sql.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One of {@link Schema}'s look-up maps from a name to what a table files under it, in order: the
 * keys of the tables holding an index of that name, say, or the schemas holding a table of that
 * name. Kept up to date from the tables each change replaced, added or removed
 * ({@link PersistentMap#diff}), so a look-up costs one map read instead of a scan of every table.
 */
final class TableIndex implements PersistentMap.Difference<Table> {
    private PersistentMap<List<String>> byName;
    private final Function<Table, Set<String>> names;
    private final Function<Table, String> value;

    /**
     * @param names the names a table files under
     * @param value what it files there; the same for every version of the table under one key
     */
    TableIndex(PersistentMap<List<String>> byName, Function<Table, Set<String>> names, Function<Table, String> value) {
        this.byName = byName;
        this.names = names;
        this.value = value;
    }

    PersistentMap<List<String>> byName() {
        return byName;
    }

    @Override
    public void entry(String key, @Nullable Table before, @Nullable Table after) {
        Set<String> gone = before == null ? Set.of() : names.apply(before);
        Set<String> now = after == null ? Set.of() : names.apply(after);
        if (before != null) {
            for (String name : gone) {
                if (!now.contains(name)) {
                    remove(name, value.apply(before));
                }
            }
        }
        if (after != null) {
            for (String name : now) {
                if (!gone.contains(name)) {
                    add(name, value.apply(after));
                }
            }
        }
    }

    private void add(String name, String v) {
        List<String> values = byName.get(name);
        if (values == null) {
            byName = byName.with(name, List.of(v));
            return;
        }
        int at = Collections.binarySearch(values, v);
        if (at < 0) {
            List<String> more = new ArrayList<>(values);
            more.add(-at - 1, v);
            byName = byName.with(name, List.copyOf(more));
        }
    }

    private void remove(String name, String v) {
        List<String> values = byName.get(name);
        if (values == null || !values.contains(v)) {
            return;
        }
        List<String> fewer = new ArrayList<>(values);
        fewer.remove(v);
        byName = fewer.isEmpty() ? byName.without(name) : byName.with(name, List.copyOf(fewer));
    }
}
