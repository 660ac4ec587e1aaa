package dev.archforge.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object or YAML mapping; members keep their written order. Members live in two parallel
 * arrays searched linearly while small (most objects of an API description have a handful of keys,
 * and parsers hand out interned key strings), with a hash index added past {@value #INDEXED}: an
 * open-addressing table of member positions, without a map entry or a boxed position per member.
 */
public final class ObjectNode extends Node {
    private static final int INDEXED = 12;

    private String[] keys = new String[4];
    private Node[] values = new Node[4];
    private int size;
    /** Member position + 1 by key hash (0 for a free slot), at most half full; null while small. */
    private int @Nullable [] slots;

    private @Nullable Map<String, Node> view;

    ObjectNode(String file, int line, int column) {
        super(file, line, column);
    }

    /** Adds a member; returns false when the key was already present (the first one is kept). */
    boolean put(String key, Node value, int keyLine, int keyColumn) {
        if (indexOf(key) >= 0) {
            return false;
        }
        value.attach(this, key, keyLine, keyColumn);
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        int[] table = slots;
        if (table != null && (size + 1) * 2 <= table.length) {
            occupy(table, key, size);
        } else if (table != null || size + 1 > INDEXED) {
            slots = table(size + 1);
        }
        size++;
        return true;
    }

    /** Removes a member (used to apply YAML merge keys); returns it. */
    @Nullable
    Node removeMember(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Node removed = values[i];
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        if (slots != null) {
            slots = size > INDEXED ? table(size) : null;
        }
        return removed;
    }

    /** A table of the first {@code count} members. */
    private int[] table(int count) {
        int[] table = new int[Integer.highestOneBit(count * 2 - 1) << 1];
        for (int i = 0; i < count; i++) {
            occupy(table, keys[i], i);
        }
        return table;
    }

    private static void occupy(int[] table, String key, int position) {
        int mask = table.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = position + 1;
    }

    /** Mixes the high bits into the low ones, which pick the slot (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    // identity is a deliberate fast path before equals: parsers intern member names
    @SuppressWarnings("ReferenceEquality")
    private int indexOf(String key) {
        int hash = key.hashCode();
        int[] table = slots;
        if (table != null) {
            int mask = table.length - 1;
            for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                String k = keys[table[slot] - 1];
                if (k == key || (k.hashCode() == hash && k.equals(key))) {
                    return table[slot] - 1;
                }
            }
            return -1;
        }
        for (int i = 0; i < size; i++) {
            String k = keys[i];
            // parsers intern names, so identity usually decides; strings cache their hash
            if (k == key || (k.hashCode() == hash && k.equals(key))) {
                return i;
            }
        }
        return -1;
    }

    /** The members in written order, as an unmodifiable map view. */
    public Map<String, Node> members() {
        Map<String, Node> v = view;
        if (v == null) {
            v = new MembersView();
            view = v;
        }
        return v;
    }

    public Optional<Node> get(String key) {
        int i = indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(values[i]);
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    public Optional<ObjectNode> object(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    }

    public Optional<ArrayNode> array(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] instanceof ArrayNode a ? Optional.of(a) : Optional.empty();
    }

    /** The text of a string member. */
    public Optional<String> text(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
                ? Optional.of(s.text())
                : Optional.empty();
    }

    /** The text of any scalar member (string, number or boolean), as written. */
    public Optional<String> scalarText(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL
                ? Optional.of(s.text())
                : Optional.empty();
    }

    public boolean isTrue(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] instanceof ScalarNode s && s.isTrue();
    }

    public int size() {
        return size;
    }

    /** The key of the {@code i}-th member in written order, for loops that must not allocate. */
    public String keyAt(int i) {
        java.util.Objects.checkIndex(i, size);
        return keys[i];
    }

    /** The value of the {@code i}-th member in written order. */
    public Node valueAt(int i) {
        java.util.Objects.checkIndex(i, size);
        return values[i];
    }

    @Override
    public String typeName() {
        return "object";
    }

    /** A read-only, ordered view over the parallel arrays. */
    private final class MembersView extends AbstractMap<String, Node> {
        @Override
        public Set<Entry<String, Node>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Node>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Node> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String k && indexOf(k) >= 0;
        }

        @Override
        public @Nullable Node get(Object key) {
            if (!(key instanceof String k)) {
                return null;
            }
            int i = indexOf(k);
            return i < 0 ? null : values[i];
        }
    }
}
