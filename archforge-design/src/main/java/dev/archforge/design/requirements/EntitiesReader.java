package dev.archforge.design.requirements;

import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code entities} (required, at least one): a map from PascalCase names to entities. Relations
 * may point forward, so the names are collected before any entity is read. At most one entity is the
 * account entity.
 */
final class EntitiesReader {
    private EntitiesReader() {}

    static List<Entity> read(Section top, Set<Feature> features) {
        Optional<Node> value = top.get(RequirementKey.ENTITIES);
        if (value.isEmpty()) {
            top.missing(RequirementKey.ENTITIES, "a map from PascalCase entity names to their fields and relations");
            return List.of();
        }
        if (!(value.get() instanceof ObjectNode map)) {
            top.report(
                    value.get().location(),
                    "expected an object for entities (Name: {fields, relations}), found " + Section.found(value.get()));
            return List.of();
        }
        if (map.size() == 0) {
            top.report(Section.whereOf(map), "expected at least one entity in entities");
        }
        List<String> names = new ArrayList<>(map.members().keySet());
        List<Entity> out = new ArrayList<>(map.size());
        for (int i = 0; i < map.size(); i++) {
            EntityReader.read(map.keyAt(i), map.valueAt(i), names, features, top.problems())
                    .ifPresent(out::add);
        }
        checkAccount(out, top);
        return out;
    }

    private static void checkAccount(List<Entity> entities, Section top) {
        Optional<Entity> first = Optional.empty();
        for (Entity e : entities) {
            if (!e.account()) {
                continue;
            }
            if (first.isEmpty()) {
                first = Optional.of(e);
            } else {
                top.report(
                        e.location(),
                        "entity '" + e.name() + "' is marked 'account: true' but so is '"
                                + first.get().name() + "', expected one account entity (the one users sign in as)");
            }
        }
    }
}
