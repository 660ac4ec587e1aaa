package dev.archforge.sql.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from strings whose {@link #with} and {@link #without} return
 * a new map sharing all but O(log n) nodes with this one. The replayer keeps the schema before
 * every statement of a migration history; copying a hash map of every table per statement made
 * that quadratic (MusicBrainz: 9,372 statements over about 700 tables).
 *
 * <p>A treap: a binary search tree by key hash (then key, for equal hashes) that is also a heap by
 * a priority mixed from that hash, so its shape depends only on its keys (expected depth about
 * 2 ln n), a look-up compares cached hash codes rather than strings, and two maps with the same
 * entries iterate in the same order: by hash, which is fixed for a string but is not key order.
 */
public final class PersistentMap<V> extends AbstractMap<String, V> {
    private static final PersistentMap<?> EMPTY = new PersistentMap<>(null, 0);

    private final @Nullable Node<V> root;
    private final int size;

    private PersistentMap(@Nullable Node<V> root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <V> PersistentMap<V> empty() {
        return (PersistentMap<V>) EMPTY;
    }

    /** The map itself when it is one already, else its entries in a new one. */
    public static <V> PersistentMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof PersistentMap<?> p) {
            @SuppressWarnings("unchecked")
            PersistentMap<V> same = (PersistentMap<V>) p;
            return same;
        }
        PersistentMap<V> out = empty();
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    private record Node<V>(
            String key,
            int hash,
            V value,
            int priority,
            @Nullable Node<V> left,
            @Nullable Node<V> right) {
        Node<V> withChildren(@Nullable Node<V> l, @Nullable Node<V> r) {
            return new Node<>(key, hash, value, priority, l, r);
        }

        /** Where {@code k} (with hash {@code h}) sorts against this node's key. */
        int compare(String k, int h) {
            return h != hash ? Integer.compare(h, hash) : k.compareTo(key);
        }
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        Node<V> n = find(k);
        return n == null ? null : n.value;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof String k && find(k) != null;
    }

    private @Nullable Node<V> find(String key) {
        int h = key.hashCode();
        Node<V> n = root;
        while (n != null) {
            int c = n.compare(key, h);
            if (c == 0) {
                return n;
            }
            n = c < 0 ? n.left : n.right;
        }
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    /** This map with {@code key} mapped to {@code value}. */
    public PersistentMap<V> with(String key, V value) {
        if (value == null) {
            throw new NullPointerException("null value for " + key);
        }
        Node<V> existing = find(key);
        if (existing != null && existing.value == value) {
            return this;
        }
        int h = key.hashCode();
        return new PersistentMap<>(insert(root, key, h, value, priority(h)), existing == null ? size + 1 : size);
    }

    /** This map without {@code key}. */
    public PersistentMap<V> without(String key) {
        if (find(key) == null) {
            return this;
        }
        return new PersistentMap<>(remove(root, key, key.hashCode()), size - 1);
    }

    private static <V> Node<V> insert(@Nullable Node<V> n, String key, int hash, V value, int priority) {
        if (n == null) {
            return new Node<>(key, hash, value, priority, null, null);
        }
        int c = n.compare(key, hash);
        if (c == 0) {
            return new Node<>(key, hash, value, n.priority, n.left, n.right);
        }
        if (c < 0) {
            Node<V> l = insert(n.left, key, hash, value, priority);
            // rotate right when the new child outranks this node
            return l.priority > n.priority
                    ? l.withChildren(l.left, n.withChildren(l.right, n.right))
                    : n.withChildren(l, n.right);
        }
        Node<V> r = insert(n.right, key, hash, value, priority);
        return r.priority > n.priority
                ? r.withChildren(n.withChildren(n.left, r.left), r.right)
                : n.withChildren(n.left, r);
    }

    /** Called only for a key the map holds, so every node on the way down exists. */
    private static <V> @Nullable Node<V> remove(@Nullable Node<V> node, String key, int hash) {
        Node<V> n = Objects.requireNonNull(node, "the key is in the map");
        int c = n.compare(key, hash);
        if (c == 0) {
            return merge(n.left, n.right);
        }
        return c < 0
                ? n.withChildren(remove(n.left, key, hash), n.right)
                : n.withChildren(n.left, remove(n.right, key, hash));
    }

    /** Joins two treaps whose keys are all smaller in {@code a} than in {@code b}. */
    private static <V> @Nullable Node<V> merge(@Nullable Node<V> a, @Nullable Node<V> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.priority > b.priority
                ? a.withChildren(a.left, merge(a.right, b))
                : b.withChildren(merge(a, b.left), b.right);
    }

    /** Receives the entries two maps do not share: {@code before} or {@code after} is null when the key is only in the other. */
    @FunctionalInterface
    public interface Difference<V> {
        void entry(String key, @Nullable V before, @Nullable V after);
    }

    /**
     * Reports every key whose value differs between {@code before} and {@code after} (by identity).
     * Subtrees the two maps share are skipped, so comparing a map with one a few {@link #with} and
     * {@link #without} calls away costs about that many paths, not the whole map: this is what lets
     * {@link Schema} keep its index of index names up to date per statement.
     */
    public static <V> void diff(PersistentMap<V> before, PersistentMap<V> after, Difference<V> out) {
        diff(before.root, after.root, out);
    }

    /** Walks {@code a}, splitting {@code b} at each key of {@code a}: relies on search order only, not on shape. */
    @SuppressWarnings("ReferenceEquality") // a shared subtree is the same node: that is what is skipped
    private static <V> void diff(@Nullable Node<V> a, @Nullable Node<V> b, Difference<V> out) {
        if (a == b) {
            return;
        }
        if (a == null) {
            forEach(b, n -> out.entry(n.key, null, n.value));
            return;
        }
        if (b == null) {
            forEach(a, n -> out.entry(n.key, n.value, null));
            return;
        }
        Split<V> s = split(b, a.key, a.hash);
        if (s.match == null) {
            out.entry(a.key, a.value, null);
        } else if (s.match.value != a.value) {
            out.entry(a.key, a.value, s.match.value);
        }
        diff(a.left, s.left, out);
        diff(a.right, s.right, out);
    }

    private record Split<V>(
            @Nullable Node<V> left,
            @Nullable Node<V> match,
            @Nullable Node<V> right) {}

    /**
     * {@code n}'s nodes below and above {@code key}, and its node of {@code key}. Only the nodes on the
     * way down are rebuilt (without regard to priority: the halves are walked, never stored), so the
     * subtrees off that path stay shared and {@link #diff} still skips them.
     */
    private static <V> Split<V> split(@Nullable Node<V> n, String key, int hash) {
        if (n == null) {
            return new Split<>(null, null, null);
        }
        int c = n.compare(key, hash);
        if (c == 0) {
            return new Split<>(n.left, n, n.right);
        }
        if (c < 0) {
            Split<V> s = split(n.left, key, hash);
            return new Split<>(s.left, s.match, n.withChildren(s.right, n.right));
        }
        Split<V> s = split(n.right, key, hash);
        return new Split<>(n.withChildren(n.left, s.left), s.match, s.right);
    }

    private static <V> void forEach(@Nullable Node<V> n, Consumer<Node<V>> action) {
        if (n != null) {
            forEach(n.left, action);
            action.accept(n);
            forEach(n.right, action);
        }
    }

    /** A well-mixed priority from the key's hash (murmur3's finaliser): balanced, repeatable shapes. */
    private static int priority(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new InOrder<>(root);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The entries in tree order (by hash, then key). */
    private static final class InOrder<V> implements Iterator<Map.Entry<String, V>> {
        private final ArrayDeque<Node<V>> stack = new ArrayDeque<>();

        InOrder(@Nullable Node<V> root) {
            pushLeft(root);
        }

        private void pushLeft(@Nullable Node<V> n) {
            for (Node<V> x = n; x != null; x = x.left) {
                stack.push(x);
            }
        }

        @Override
        public boolean hasNext() {
            return !stack.isEmpty();
        }

        @Override
        public Map.Entry<String, V> next() {
            if (stack.isEmpty()) {
                throw new NoSuchElementException();
            }
            Node<V> n = stack.pop();
            pushLeft(n.right);
            return new AbstractMap.SimpleImmutableEntry<>(n.key, n.value);
        }
    }
}
