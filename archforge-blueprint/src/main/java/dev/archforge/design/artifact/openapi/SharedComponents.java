package dev.archforge.design.artifact.openapi;

import dev.archforge.design.plan.RateLimit;
import java.util.List;
import java.util.Map;

/**
 * What every operation shares: the RFC 9457 problem schema and the error responses built on it,
 * the rate-limit headers (IETF {@code RateLimit} and {@code RateLimit-Policy}, {@code Retry-After}
 * on 429), {@code Location}, and the cursor, limit and idempotency-key parameters.
 */
final class SharedComponents {
    static final int CURSOR_LENGTH = 512;
    static final String PROBLEM = "application/problem+json";

    /** The error responses by status, in status order: component name and description. */
    enum ErrorResponse {
        BAD_REQUEST("400", "BadRequest", "The request is malformed: unreadable JSON or an invalid parameter."),
        UNAUTHORIZED("401", "Unauthorized", "No valid access token was sent."),
        FORBIDDEN("403", "Forbidden", "The token lacks the scope or role this operation needs."),
        NOT_FOUND("404", "NotFound", "No such record, or it belongs to someone else (the API does not reveal which)."),
        CONFLICT(
                "409",
                "Conflict",
                "The request conflicts with the current state: a duplicate, an impossible state change, or an"
                        + " idempotency key still in use."),
        PRECONDITION_FAILED(
                "412",
                "PreconditionFailed",
                "If-Match names a version the record no longer has: someone changed it since it was read. Read it"
                        + " again and retry."),
        UNPROCESSABLE("422", "UnprocessableContent", "The body is well-formed but breaks a validation rule."),
        PRECONDITION_REQUIRED(
                "428",
                "PreconditionRequired",
                "The request changes a record but sends no If-Match: send the ETag of the version it read."),
        TOO_MANY_REQUESTS("429", "TooManyRequests", "The rate limit is exhausted; retry after the given delay.");

        final String status;
        final String component;
        final String description;

        ErrorResponse(String status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }
    }

    private SharedComponents() {}

    static void register(Components c, RateLimit rateLimit) {
        c.schema("Problem", problem());
        for (ErrorResponse e : ErrorResponse.values()) {
            Obj headers = Obj.of();
            if (e == ErrorResponse.TOO_MANY_REQUESTS) {
                headers.put("Retry-After", Obj.ref("headers", "Retry-After"));
            }
            headers.put("RateLimit", Obj.ref("headers", "RateLimit"))
                    .put("RateLimit-Policy", Obj.ref("headers", "RateLimit-Policy"));
            c.response(
                    e.component,
                    Obj.of()
                            .put("description", e.description)
                            .put("headers", headers.map())
                            .put(
                                    "content",
                                    Obj.of()
                                            .put(
                                                    PROBLEM,
                                                    Obj.of()
                                                            .put("schema", Obj.ref("schemas", "Problem"))
                                                            .map())
                                            .map())
                            .map());
        }
        c.header(
                "RateLimit",
                header(
                        "Quota left in the current window (IETF draft-ietf-httpapi-ratelimit-headers), for example"
                                + " \"per-user\";r=" + (rateLimit.perUserPerMinute() - 1) + ";t=59.",
                        Obj.of().put("type", "string").put("maxLength", 256)));
        c.header(
                "RateLimit-Policy",
                header(
                        "The quota policy: " + rateLimit.perUserPerMinute()
                                + " requests a minute per user, bursts up to "
                                + rateLimit.burst() + ", " + rateLimit.anonymousPerMinute()
                                + " a minute per address without a token: \"per-user\";q="
                                + rateLimit.perUserPerMinute() + ";w=60.",
                        Obj.of().put("type", "string").put("maxLength", 256)));
        c.header(
                "Retry-After",
                header(
                        "Seconds to wait before retrying.",
                        Obj.of().put("type", "integer").put("minimum", 0).put("maximum", 3600)));
        c.header(
                "Location",
                header(
                        "The URL of the created record.",
                        Obj.of()
                                .put("type", "string")
                                .put("format", "uri-reference")
                                .put("maxLength", 2048)));
        c.parameter(
                "Cursor",
                Obj.of()
                        .put("name", "cursor")
                        .put("in", "query")
                        .put(
                                "description",
                                "Opaque cursor from the previous page's nextCursor; omit for the first page.")
                        .put(
                                "schema",
                                Obj.of()
                                        .put("type", "string")
                                        .put("minLength", 1)
                                        .put("maxLength", CURSOR_LENGTH)
                                        .map())
                        .map());
        c.parameter(
                "Limit",
                Obj.of()
                        .put("name", "limit")
                        .put("in", "query")
                        .put("description", "Most items to return.")
                        .put(
                                "schema",
                                Obj.of()
                                        .put("type", "integer")
                                        .put("format", "int32")
                                        .put("minimum", 1)
                                        .put("maximum", EntitySchemas.PAGE_MAX)
                                        .put("default", 20)
                                        .map())
                        .map());
        c.parameter("IdempotencyKey", idempotencyKey(false));
        c.parameter("IdempotencyKeyRequired", idempotencyKey(true));
        c.header(
                "ETag",
                header(
                        "The version of the record: send it back as If-Match to change or delete this version only.",
                        Obj.of().put("type", "string").put("maxLength", 64)));
        c.parameter(
                "IfMatch",
                Obj.of()
                        .put("name", "If-Match")
                        .put("in", "header")
                        .put("required", true)
                        .put(
                                "description",
                                "The ETag of the version the change is based on (optimistic locking): 412 when the"
                                        + " record has changed since, 428 when missing.")
                        .put(
                                "schema",
                                Obj.of()
                                        .put("type", "string")
                                        .put("maxLength", 64)
                                        .map())
                        .map());
    }

    /** Required where creating twice moves money twice; recommended on every other create. */
    private static Map<String, Object> idempotencyKey(boolean required) {
        return Obj.of()
                .put("name", "Idempotency-Key")
                .put("in", "header")
                .putIf(required, "required", true)
                .put(
                        "description",
                        "A unique key per intended create; a retry with the same key returns the first"
                                + " response instead of creating a second record (keys are kept 24 hours).")
                .put(
                        "schema",
                        Obj.of()
                                .put("type", "string")
                                .put("minLength", 1)
                                .put("maxLength", 255)
                                .map())
                .map();
    }

    private static Map<String, Object> header(String description, Obj schema) {
        return Obj.of()
                .put("description", description)
                .put("schema", schema.map())
                .map();
    }

    /** RFC 9457 problem details, with the validation errors of a 422. */
    private static Map<String, Object> problem() {
        Obj uri = Obj.of().put("type", "string").put("format", "uri-reference").put("maxLength", 2048);
        Obj error = Obj.of()
                .put("type", "object")
                .put("required", List.of("detail"))
                .put(
                        "properties",
                        Obj.of()
                                .put(
                                        "pointer",
                                        Obj.of()
                                                .put("type", "string")
                                                .put("maxLength", 512)
                                                .put("description", "JSON Pointer to the offending member of the body.")
                                                .map())
                                .put(
                                        "detail",
                                        Obj.of()
                                                .put("type", "string")
                                                .put("maxLength", 1000)
                                                .map())
                                .map());
        return Obj.of()
                .put("type", "object")
                .put("description", "Problem details (RFC 9457).")
                .put("required", List.of("type", "title", "status"))
                .put(
                        "properties",
                        Obj.of()
                                .put("type", uri.map())
                                .put(
                                        "title",
                                        Obj.of()
                                                .put("type", "string")
                                                .put("maxLength", 200)
                                                .map())
                                .put(
                                        "status",
                                        Obj.of()
                                                .put("type", "integer")
                                                .put("minimum", 400)
                                                .put("maximum", 599)
                                                .map())
                                .put(
                                        "detail",
                                        Obj.of()
                                                .put("type", "string")
                                                .put("maxLength", 2000)
                                                .map())
                                .put(
                                        "instance",
                                        Obj.of()
                                                .put("type", "string")
                                                .put("format", "uri-reference")
                                                .put("maxLength", 2048)
                                                .map())
                                .put(
                                        "errors",
                                        Obj.of()
                                                .put("type", "array")
                                                .put("maxItems", 100)
                                                .put("items", error.map())
                                                .map())
                                .map())
                .put(
                        "examples",
                        List.of(Obj.of()
                                .put("type", "https://problems.example/validation")
                                .put("title", "Validation failed")
                                .put("status", 422)
                                .put("detail", "One field is invalid.")
                                .put(
                                        "errors",
                                        List.of(Obj.of()
                                                .put("pointer", "/title")
                                                .put("detail", "must not be longer than 120 characters")
                                                .map()))
                                .map()))
                .map();
    }
}
