package dev.archforge.design.artifact.sql;

import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders entities so each table is created after the tables its foreign keys reference, keeping the
 * requirements' order where dependencies allow. A cycle is broken at the first entity still waiting;
 * the schema builder then adds the foreign keys that point forward with {@code ALTER TABLE}.
 */
final class TableOrder {
    private TableOrder() {}

    static List<Entity> sort(List<Entity> entities) {
        Set<String> known = new LinkedHashSet<>();
        entities.forEach(e -> known.add(e.name()));
        List<Entity> waiting = new ArrayList<>(entities);
        List<Entity> out = new ArrayList<>(entities.size());
        Set<String> placed = new LinkedHashSet<>();
        while (!waiting.isEmpty()) {
            Entity next = waiting.stream()
                    .filter(e -> ready(e, placed, known))
                    .findFirst()
                    .orElse(waiting.get(0));
            waiting.remove(next);
            placed.add(next.name());
            out.add(next);
        }
        return out;
    }

    private static boolean ready(Entity entity, Set<String> placed, Set<String> known) {
        for (Relation r : entity.relations()) {
            if (r.kind() != RelationKind.MANY_TO_MANY
                    && !r.target().equals(entity.name())
                    && known.contains(r.target())
                    && !placed.contains(r.target())) {
                return false;
            }
        }
        return true;
    }
}
