package dev.archforge.design.artifact.docs;

/**
 * One operation of the API, derived from an entity as the OpenAPI contributor derives it: the
 * collection {@code /<collection>} for list and create, the item {@code /<collection>/{id}} for
 * read, update and delete.
 *
 * @param operation {@code list}, {@code create}, {@code read}, {@code update} or {@code delete}
 */
public record Endpoint(String method, String path, String operation, String entity) {}
