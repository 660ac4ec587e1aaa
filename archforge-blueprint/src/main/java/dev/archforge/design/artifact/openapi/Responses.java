package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import java.util.List;
import java.util.Map;

/** Builds an operation's responses: one success response with the rate-limit headers, then errors. */
final class Responses {
    private Responses() {}

    /** A 200 or 201 with a JSON body of the schema; a 201 carries {@code Location}. */
    static Map<String, Object> json(String status, String description, String schema, List<ErrorResponse> errors) {
        return json(status, description, schema, errors, false);
    }

    /** The same, with the record's {@code ETag} when {@code etag} (optimistic locking). */
    static Map<String, Object> json(
            String status, String description, String schema, List<ErrorResponse> errors, boolean etag) {
        Obj headers = Obj.of();
        if (status.equals("201")) {
            headers.put("Location", Obj.ref("headers", "Location"));
        }
        if (etag) {
            headers.put("ETag", Obj.ref("headers", "ETag"));
        }
        rateLimit(headers);
        Obj success = Obj.of()
                .put("description", description)
                .put("headers", headers.map())
                .put(
                        "content",
                        Obj.of()
                                .put(
                                        "application/json",
                                        Obj.of()
                                                .put("schema", Obj.ref("schemas", schema))
                                                .map())
                                .map());
        return with(status, success, errors);
    }

    /** A 204 without a body. */
    static Map<String, Object> noContent(String description, List<ErrorResponse> errors) {
        Obj headers = Obj.of();
        rateLimit(headers);
        return with("204", Obj.of().put("description", description).put("headers", headers.map()), errors);
    }

    private static Map<String, Object> with(String status, Obj success, List<ErrorResponse> errors) {
        Obj out = Obj.of().put(status, success.map());
        for (ErrorResponse e : ErrorResponse.values()) {
            if (errors.contains(e)
                    || e == ErrorResponse.UNAUTHORIZED
                    || e == ErrorResponse.FORBIDDEN
                    || e == ErrorResponse.TOO_MANY_REQUESTS) {
                out.put(e.status, Obj.ref("responses", e.component));
            }
        }
        return out.map();
    }

    private static void rateLimit(Obj headers) {
        headers.put("RateLimit", Obj.ref("headers", "RateLimit"))
                .put("RateLimit-Policy", Obj.ref("headers", "RateLimit-Policy"));
    }

    /** A JSON request body of the schema ({@code application/merge-patch+json} for a patch). */
    static Map<String, Object> body(String schema, boolean patch) {
        return Obj.of()
                .put("required", true)
                .put(
                        "content",
                        Obj.of()
                                .put(
                                        patch ? "application/merge-patch+json" : "application/json",
                                        Obj.of()
                                                .put("schema", Obj.ref("schemas", schema))
                                                .map())
                                .map())
                .map();
    }
}
