package dev.archforge.design.testing;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Building blocks for the entities, patterns, actors and events that test variants add. */
public final class Parts {
    private static final Location AT = Location.at("variant.yaml", 1, 1);

    private Parts() {}

    public static Field field(String name, FieldType type) {
        return new Field(name, type, OptionalInt.empty(), List.of(), false, false, false, AT);
    }

    public static Field required(String name, FieldType type) {
        return new Field(name, type, OptionalInt.empty(), List.of(), true, false, false, AT);
    }

    public static Field unique(String name, FieldType type) {
        return new Field(name, type, OptionalInt.empty(), List.of(), true, true, false, AT);
    }

    public static Relation belongsTo(String target, String name, boolean optional) {
        return new Relation(RelationKind.BELONGS_TO, target, name, optional, AT);
    }

    public static Relation relation(RelationKind kind, String target, String name) {
        return new Relation(kind, target, name, false, AT);
    }

    public static Entity entity(
            String name, List<Field> fields, List<Relation> relations, Optional<String> owner, double growth) {
        return new Entity(name, "", fields, relations, owner, List.of(), false, false, growth, AT);
    }

    public static Actor actor(String name, boolean admin, boolean external) {
        return new Actor(name, "", admin, external, AT);
    }

    public static AccessPattern pattern(
            String name,
            Operation op,
            String entity,
            List<String> filters,
            Optional<String> sort,
            double perUserPerDay,
            double perSecond) {
        return new AccessPattern(name, "member", op, entity, filters, sort, false, perUserPerDay, perSecond, AT);
    }

    public static Event event(String name, String entity, String... consumers) {
        return new Event(name, entity, List.of(consumers), AT);
    }
}
