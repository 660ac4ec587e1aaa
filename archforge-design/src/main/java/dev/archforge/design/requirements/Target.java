package dev.archforge.design.requirements;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an access pattern does to which entity: exactly one of {@code create: Entity}, {@code list: Entity},
 * and so on. When several are written, the first in the file counts and the others are reported.
 */
record Target(AccessPattern.Operation operation, Entity entity) {

    static Optional<Target> read(Section s, List<Entity> entities, String label) {
        List<RequirementKey> given = Arrays.stream(AccessPattern.Operation.values())
                .map(AccessPattern.Operation::key)
                .filter(s::has)
                .sorted(Comparator.comparing(key -> s.get(key).orElseThrow().keyLocation()))
                .toList();
        if (given.isEmpty()) {
            s.missingOneOf(
                    Arrays.stream(AccessPattern.Operation.values())
                            .map(AccessPattern.Operation::key)
                            .toList(),
                    "one operation naming the entity, such as 'list: Workout'");
            return Optional.empty();
        }
        for (RequirementKey extra : given.subList(1, given.size())) {
            s.report(
                    s.get(extra).orElseThrow().keyLocation(),
                    label + " has both '" + given.get(0).key() + "' and '" + extra.key() + "', expected one operation");
        }
        RequirementKey key = given.get(0);
        Optional<Text> name = s.text(key);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = entities.stream().map(Entity::name).toList();
        Optional<Entity> entity = entities.stream()
                .filter(e -> e.name().equals(name.get().value()))
                .findFirst();
        if (entity.isEmpty()) {
            s.report(
                    name.get().location(),
                    "unknown entity '" + name.get().value() + "' in " + label
                            + Suggest.hint(name.get().value(), names));
            return Optional.empty();
        }
        return Optional.of(new Target(AccessPattern.Operation.of(key), entity.get()));
    }
}
