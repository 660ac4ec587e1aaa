package dev.archforge.design.testing;

import static dev.archforge.design.testing.Parts.belongsTo;
import static dev.archforge.design.testing.Parts.entity;
import static dev.archforge.design.testing.Parts.event;
import static dev.archforge.design.testing.Parts.field;
import static dev.archforge.design.testing.Parts.pattern;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated system of many entities for the speed test: each entity belongs to the account and,
 * in groups of five, to the previous entity; each has a list and a create pattern; every tenth an
 * event.
 */
public final class Synthetic {
    private Synthetic() {}

    public static Requirements of(int size) {
        Requirements base = Variants.fitness();
        List<Entity> entities = new ArrayList<>();
        entities.add(base.account().orElseThrow());
        List<AccessPattern> patterns = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            String name = "Thing" + i;
            List<Relation> relations = new ArrayList<>();
            relations.add(belongsTo("User", "member", false));
            if (i % 5 != 1) {
                relations.add(belongsTo("Thing" + (i - 1), "parent", false));
            }
            entities.add(entity(
                    name,
                    List.of(
                            field("title", FieldType.STRING),
                            field("amount", FieldType.DECIMAL),
                            field("seen_at", FieldType.TIMESTAMP)),
                    relations,
                    Optional.of("member"),
                    2));
            patterns.add(pattern("list-" + i, Operation.LIST, name, List.of("member"), Optional.of("seen_at"), 1, 0));
            patterns.add(pattern("create-" + i, Operation.CREATE, name, List.of(), Optional.empty(), 0.5, 0));
            if (i % 10 == 0) {
                events.add(event(name + "Changed", name, "notifications"));
            }
        }
        Requirements r = Variants.entities(base, entities);
        r = Variants.patterns(r, patterns);
        return Variants.team(Variants.events(r, events), 30, 5);
    }
}
