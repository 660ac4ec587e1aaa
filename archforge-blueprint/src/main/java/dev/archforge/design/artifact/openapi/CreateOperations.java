package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The POSTs that create records of a resource: one at a time, and in batches where the performance
 * decision batches them. A retry is made safe the way the consistency decision says: an
 * {@code Idempotency-Key} (required where money moves), or the natural key, which turns a repeated
 * record into a no-op.
 */
final class CreateOperations {
    /** The most records one batch request creates: one transaction, one JDBC batch. */
    static final int BATCH_MAX = 1000;

    private final Components components;

    CreateOperations(Components components) {
        this.components = components;
    }

    Operation create(Resource r, List<Object> security, List<ErrorResponse> nested) {
        String pascal = Names.pascal(r.entity().name());
        Optional<AccessPattern> only =
                r.creates().size() == 1 ? Optional.of(r.creates().get(0)) : Optional.empty();
        return new Operation(
                r.tag(),
                only.map(p -> Names.camel(p.name())).orElse("create" + pascal),
                only.map(p -> Operation.humanize(p.name()))
                        .orElse("Create " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT)),
                "Creates " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT) + ownerSentence(r)
                        + ResourcePaths.patterns(r.creates()) + retries(r, "it"),
                security,
                key(r),
                Optional.of(Responses.body(r.schema() + "Create", false)),
                Responses.json(
                        "201",
                        "Created; Location names the new " + r.singular() + ".",
                        r.schema(),
                        Operation.plus(
                                nested,
                                ErrorResponse.BAD_REQUEST,
                                ErrorResponse.CONFLICT,
                                ErrorResponse.UNPROCESSABLE)));
    }

    /** {@code POST <collection>/batch}: up to {@link #BATCH_MAX} records in one request and one transaction. */
    Operation batch(Resource r, List<Object> security, List<ErrorResponse> nested) {
        String result = r.schema() + "BatchResult";
        components.schema(
                result,
                Obj.of()
                        .put("type", "object")
                        .put("description", "What a batch did: records created, and retries recognised as such.")
                        .put("required", List.of("created", "duplicates"))
                        .put(
                                "properties",
                                Obj.of()
                                        .put("created", count("Records created."))
                                        .put("duplicates", count("Records already there, left unchanged."))
                                        .map())
                        .map());
        String plural = Names.pascal(Names.plural(Names.snake(r.entity().name())));
        return new Operation(
                r.tag(),
                "create" + plural + "Batch",
                "Create " + r.plural() + " in a batch",
                "Creates up to " + BATCH_MAX + " " + r.plural() + " in one request and one transaction: all or"
                        + " none."
                        + Ownership.ownerRelation(r.entity())
                                .map(rel -> " The caller is recorded as the "
                                        + Names.snake(rel.name()).replace('_', ' ') + " of each.")
                                .orElse("")
                        + retries(r, "the batch"),
                security,
                key(r),
                Optional.of(Obj.of()
                        .put("required", true)
                        .put(
                                "content",
                                Obj.of()
                                        .put(
                                                "application/json",
                                                Obj.of()
                                                        .put(
                                                                "schema",
                                                                Obj.of()
                                                                        .put("type", "array")
                                                                        .put("minItems", 1)
                                                                        .put("maxItems", BATCH_MAX)
                                                                        .put(
                                                                                "items",
                                                                                Obj.ref(
                                                                                        "schemas",
                                                                                        r.schema() + "Create"))
                                                                        .map())
                                                        .map())
                                        .map())
                        .map()),
                Responses.json(
                        "200",
                        "The batch is stored.",
                        result,
                        Operation.plus(nested, ErrorResponse.BAD_REQUEST, ErrorResponse.UNPROCESSABLE)));
    }

    private static Map<String, Object> count(String description) {
        return Obj.of()
                .put("type", "integer")
                .put("format", "int32")
                .put("minimum", 0)
                .put("maximum", BATCH_MAX)
                .put("description", description)
                .map();
    }

    /** The Idempotency-Key parameter, when creates of the resource take one. */
    private static List<Object> key(Resource r) {
        if (!r.data().keyed() || r.data().deduplicated()) {
            return List.of();
        }
        return List.of(Obj.ref("parameters", r.data().keyRequired() ? "IdempotencyKeyRequired" : "IdempotencyKey"));
    }

    private static String retries(Resource r, String what) {
        if (r.data().deduplicated()) {
            return " A retry is safe: a record with the natural key of one already stored is left as it is.";
        }
        if (r.data().keyed()) {
            return " Send an Idempotency-Key so a retry after a timeout does not create " + what + " twice.";
        }
        return "";
    }

    private static String ownerSentence(Resource r) {
        return Ownership.ownerRelation(r.entity())
                .map(rel -> "; the caller is recorded as its "
                        + Names.snake(rel.name()).replace('_', ' ') + " (" + EntitySchemas.property(rel) + ").")
                .orElse(".");
    }
}
