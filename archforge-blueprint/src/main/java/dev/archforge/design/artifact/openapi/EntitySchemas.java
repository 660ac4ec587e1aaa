package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Secrets;
import dev.archforge.design.artifact.domain.ServerFields;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas of one entity. The response schema ({@code Workout}) has every field the server may
 * show, with server-owned ones (id, owner, parent, lifecycle state, computed totals, timestamps)
 * read-only. Requests get their own
 * schemas without server-owned fields, closed with {@code additionalProperties: false}, so a client
 * cannot set what it does not own (mass assignment): {@code WorkoutCreate}, and {@code WorkoutUpdate}
 * for JSON merge patch, where {@code null} clears an optional field. Secrets appear in none;
 * other sensitive fields are accepted but never returned.
 */
final class EntitySchemas {
    /** The most items a page holds, and the maximum of the {@code limit} parameter. */
    static final int PAGE_MAX = 100;

    private EntitySchemas() {}

    /** The response schema. */
    static Map<String, Object> response(Entity entity, Optional<Relation> parent) {
        Obj properties = Obj.of();
        Obj example = Obj.of();
        List<String> required = new ArrayList<>();
        properties.put("id", FieldSchemas.id().put("readOnly", true).map());
        example.put("id", 1);
        required.add("id");
        for (Relation r : entity.relations()) {
            boolean serverOwned = entity.owner().filter(r.name()::equals).isPresent()
                    || parent.filter(p -> p.name().equals(r.name())).isPresent();
            Obj schema = reference(r, false);
            properties.put(
                    property(r), serverOwned ? schema.put("readOnly", true).map() : schema.map());
            example.put(property(r), r.kind() == RelationKind.MANY_TO_MANY ? List.of(1) : 1);
            if (!r.optional() && r.kind() != RelationKind.MANY_TO_MANY) {
                required.add(property(r));
            }
        }
        for (Field f : entity.fields()) {
            if (Secrets.hiddenInResponses(f)) {
                continue;
            }
            Obj schema = FieldSchemas.schema(f, false);
            properties.put(
                    Names.camel(f.name()),
                    ServerFields.computed(f) ? schema.put("readOnly", true).map() : schema.map());
            example.put(Names.camel(f.name()), FieldSchemas.example(f));
            if (f.required()) {
                required.add(Names.camel(f.name()));
            }
        }
        if (!entity.states().isEmpty()) {
            properties.put("state", state(entity).map());
            example.put("state", entity.states().get(0));
            required.add("state");
        }
        for (String audit : List.of("createdAt", "updatedAt")) {
            properties.put(
                    audit,
                    Obj.of()
                            .put("type", "string")
                            .put("format", "date-time")
                            .put("readOnly", true)
                            .map());
            example.put(audit, "2025-03-03T07:30:00Z");
            required.add(audit);
        }
        return Obj.of()
                .put("type", "object")
                .put("description", description(entity))
                .put("required", required)
                .put("properties", properties.map())
                .put("examples", List.of(example.map()))
                .map();
    }

    /** The body of a create request: client-owned fields, required as the entity requires them. */
    static Map<String, Object> create(Entity entity, Optional<Relation> parent) {
        return request(entity, parent, false);
    }

    /** The body of a JSON merge patch: client-owned fields, all optional, optional ones nullable. */
    static Map<String, Object> update(Entity entity, Optional<Relation> parent) {
        return request(entity, parent, true);
    }

    private static Map<String, Object> request(Entity entity, Optional<Relation> parent, boolean patch) {
        Obj properties = Obj.of();
        Obj example = Obj.of();
        List<String> required = new ArrayList<>();
        for (Relation r : entity.relations()) {
            boolean serverOwned = entity.owner().filter(r.name()::equals).isPresent()
                    || parent.filter(p -> p.name().equals(r.name())).isPresent();
            if (serverOwned) {
                continue;
            }
            properties.put(property(r), reference(r, patch && r.optional()).map());
            if (!r.optional() && r.kind() != RelationKind.MANY_TO_MANY) {
                required.add(property(r));
                example.putIf(!patch, property(r), 1);
            }
        }
        for (Field f : entity.fields()) {
            if (Secrets.isSecret(f) || ServerFields.computed(f)) {
                continue;
            }
            Obj schema =
                    FieldSchemas.schema(f, patch && !f.required() && f.values().isEmpty());
            properties.put(
                    Names.camel(f.name()),
                    f.sensitive() ? schema.put("writeOnly", true).map() : schema.map());
            if (f.required()) {
                required.add(Names.camel(f.name()));
            }
            // a create example shows every field; a patch example changes the first one
            if (!patch || example.isEmpty()) {
                example.put(Names.camel(f.name()), FieldSchemas.example(f));
            }
        }
        return Obj.of()
                .put("type", "object")
                .put(
                        "description",
                        patch ? "Fields to change; null clears an optional field." : "A new " + words(entity) + ".")
                .putIf(!patch && !required.isEmpty(), "required", required)
                .putIf(patch, "minProperties", 1)
                .put("properties", properties.map())
                .put("additionalProperties", false)
                .put("examples", List.of(example.map()))
                .map();
    }

    /** A page of a collection: the items and the cursor of the next page. */
    static Map<String, Object> page(String itemSchema, String plural) {
        return Obj.of()
                .put("type", "object")
                .put("description", "A page of " + plural + ", in the order requested.")
                .put("required", List.of("data", "nextCursor"))
                .put(
                        "properties",
                        Obj.of()
                                .put(
                                        "data",
                                        Obj.of()
                                                .put("type", "array")
                                                .put("maxItems", PAGE_MAX)
                                                .put("items", Obj.ref("schemas", itemSchema))
                                                .map())
                                .put(
                                        "nextCursor",
                                        Obj.of()
                                                .put("type", List.of("string", "null"))
                                                .put("maxLength", SharedComponents.CURSOR_LENGTH)
                                                .put(
                                                        "description",
                                                        "Pass as cursor to get the next page; null on the last page.")
                                                .map())
                                .map())
                .map();
    }

    /** {@code memberId}, or {@code tagIds} for a many-to-many relation. */
    static String property(Relation r) {
        if (r.kind() == RelationKind.MANY_TO_MANY) {
            return Names.camel(Names.snake(r.target())) + "Ids";
        }
        return Names.camel(r.name()) + "Id";
    }

    private static Obj reference(Relation r, boolean nullable) {
        if (r.kind() == RelationKind.MANY_TO_MANY) {
            return Obj.of()
                    .put("type", "array")
                    .put("maxItems", PAGE_MAX)
                    .put("uniqueItems", true)
                    .put("items", FieldSchemas.id().map());
        }
        Obj id = FieldSchemas.id();
        return nullable
                ? Obj.of()
                        .put("type", List.of("integer", "null"))
                        .put("format", "int64")
                        .put("minimum", 1)
                        .put("maximum", FieldSchemas.MAX_ID)
                : id;
    }

    private static Obj state(Entity entity) {
        return Obj.of()
                .put("type", "string")
                .put("enum", entity.states())
                .put("readOnly", true)
                .put(
                        "description",
                        "Lifecycle state; new records start as "
                                + entity.states().get(0)
                                + ". It changes only through the record's actions, which refuse an impossible"
                                + " transition with 409.");
    }

    /** True when a client sets some field or reference of the entity, so a PATCH has something to change. */
    static boolean hasClientFields(Entity entity, Optional<Relation> parent) {
        boolean references = entity.relations().stream()
                .anyMatch(r -> entity.owner().filter(r.name()::equals).isEmpty()
                        && parent.filter(p -> p.name().equals(r.name())).isEmpty());
        return references || entity.fields().stream().anyMatch(f -> !Secrets.isSecret(f) && !ServerFields.computed(f));
    }

    private static String description(Entity entity) {
        return entity.description().isBlank()
                ? article(words(entity)) + "."
                : entity.description().strip();
    }

    /** {@code A workout}, {@code An exercise set}, {@code A user} (a "u" that sounds "you" takes "a"). */
    static String article(String words) {
        boolean vowel = "aeiou".indexOf(words.charAt(0)) >= 0;
        boolean you = words.length() > 2
                && words.charAt(0) == 'u'
                && "aeiou".indexOf(words.charAt(1)) < 0
                && "aeiou".indexOf(words.charAt(2)) >= 0;
        return (vowel && !you ? "An " : "A ") + words;
    }

    static String words(Entity entity) {
        return Names.snake(entity.name()).replace('_', ' ');
    }
}
