package dev.archforge.design.decision;

import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups entities into aggregates: an entity's first required {@code belongs-to} or {@code one-to-one}
 * among the given entities is composition (the child cannot exist without its parent, they change
 * together), so both share a component; further required relations (an order item's product),
 * optional relations and many-to-many are references across boundaries.
 * Union-find, linear in entities and relations.
 */
final class Aggregates {
    private Aggregates() {}

    /** The aggregates among {@code entities}, each in file order, ordered by their first entity. */
    static List<List<Entity>> of(List<Entity> entities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            index.putIfAbsent(entities.get(i).name(), i);
        }
        int[] parent = new int[entities.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < entities.size(); i++) {
            for (Relation r : entities.get(i).relations()) {
                Integer j = index.get(r.target());
                if (j != null && !r.optional() && r.kind() != RelationKind.MANY_TO_MANY) {
                    union(parent, i, j);
                    break;
                }
            }
        }
        Map<Integer, List<Entity>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entities.get(i));
        }
        List<List<Entity>> out = new ArrayList<>(groups.values());
        out.sort((a, b) -> Integer.compare(
                Objects.requireNonNull(index.get(a.get(0).name())),
                Objects.requireNonNull(index.get(b.get(0).name()))));
        return out;
    }

    /** The entity with the most relations inside its aggregate; the first in file order on a tie. */
    static Entity hub(List<Entity> aggregate, Set<String> names) {
        Map<String, Integer> degree = new HashMap<>();
        for (Entity e : aggregate) {
            for (Relation r : e.relations()) {
                if (names.contains(r.target()) && !r.target().equals(e.name())) {
                    degree.merge(e.name(), 1, Integer::sum);
                    degree.merge(r.target(), 1, Integer::sum);
                }
            }
        }
        Entity best = aggregate.get(0);
        for (Entity e : aggregate) {
            if (degree.getOrDefault(e.name(), 0) > degree.getOrDefault(best.name(), 0)) {
                best = e;
            }
        }
        return best;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        int at = i;
        while (parent[at] != root) {
            int next = parent[at];
            parent[at] = root;
            at = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
